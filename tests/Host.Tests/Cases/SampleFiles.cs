using System.IO.Compression;
using System.Text;

namespace Thads.Host.Tests.Cases;

/// <summary>Small files of each kind, made in memory: real signatures and real ZIP packages.</summary>
public static class SampleFiles
{
    public static byte[] Pdf(string text = "Quyết định thi hành án", int padTo = 0)
    {
        var body = new StringBuilder("%PDF-1.4\n% ").Append(text).Append('\n');
        while (body.Length < padTo)
        {
            body.Append("% padding line to reach the wanted size of the test file\n");
        }

        return Encoding.UTF8.GetBytes(body.Append("%%EOF\n").ToString());
    }

    public static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];

    /// <summary>The start of a Windows program ("MZ" header).</summary>
    public static byte[] Program() => [.. "MZ"u8.ToArray(), 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, .. Encoding.ASCII.GetBytes("This program cannot be run in DOS mode.")];

    public static byte[] Docx() => Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"), ("_rels/.rels", "<Relationships/>"));

    /// <summary>A ZIP that is no Office document.</summary>
    public static byte[] PlainZip() => Zip(("readme.txt", "hello"));

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return memory.ToArray();
    }
}
