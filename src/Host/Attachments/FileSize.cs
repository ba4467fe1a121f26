using System.Globalization;
using Thads.Host.Localization;

namespace Thads.Host.Attachments;

/// <summary>A file size as people read it: "850 KB", "1,5 MB" (Vietnamese number format, like money).</summary>
public static class FileSize
{
    private const long Megabyte = 1024 * 1024;

    public static string Text(long bytes) => bytes < Megabyte
        ? $"{UiFormat.Number((bytes + 1023) / 1024)} KB"
        : $"{(bytes / (double)Megabyte).ToString("0.#", CultureInfo.GetCultureInfo("vi-VN"))} MB";
}
