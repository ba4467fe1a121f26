using System.IO.Compression;

namespace Thads.Host.Attachments;

/// <summary>
/// Tells a file's kind from its content, never from its name or the browser's claim: a renamed program is still a
/// program. PDF, JPEG and PNG by their signatures; DOCX and XLSX are ZIP packages whose parts must be those of a
/// Word document or an Excel workbook, without macros.
/// </summary>
public static class FileTypeSniffer
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The recognised kind, or null when the content is none of them.</summary>
    public static AttachmentFileType? Sniff(string path)
    {
        Span<byte> head = stackalloc byte[8];
        int read;
        using (var file = File.OpenRead(path))
        {
            read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        head = head[..read];
        if (head.StartsWith(PdfMagic))
        {
            return AttachmentFileTypes.Pdf;
        }

        if (head.StartsWith(JpegMagic))
        {
            return AttachmentFileTypes.Jpeg;
        }

        if (head.StartsWith(PngMagic))
        {
            return AttachmentFileTypes.Png;
        }

        return head.StartsWith(ZipMagic) ? OfficePackage(path) : null;
    }

    private static AttachmentFileType? OfficePackage(string path)
    {
        try
        {
            // Only the central directory is read: no entry is extracted, so a zip bomb costs nothing here.
            using var zip = ZipFile.OpenRead(path);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (!names.Contains("[Content_Types].xml") || names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            return names.Contains("word/document.xml") ? AttachmentFileTypes.Docx
                : names.Contains("xl/workbook.xml") ? AttachmentFileTypes.Xlsx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
