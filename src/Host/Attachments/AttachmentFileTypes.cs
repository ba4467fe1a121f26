namespace Thads.Host.Attachments;

/// <summary>The kinds of file the sniffer recognises; configuration chooses which of them are accepted.</summary>
public static class AttachmentFileTypes
{
    public static readonly AttachmentFileType Pdf = new("pdf", "application/pdf", [".pdf"], "PDF");
    public static readonly AttachmentFileType Jpeg = new("jpg", "image/jpeg", [".jpg", ".jpeg"], "ảnh JPG");
    public static readonly AttachmentFileType Png = new("png", "image/png", [".png"], "ảnh PNG");
    public static readonly AttachmentFileType Docx = new("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"], "Word (DOCX)");
    public static readonly AttachmentFileType Xlsx = new("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"], "Excel (XLSX)");

    public static readonly IReadOnlyList<AttachmentFileType> All = [Pdf, Jpeg, Png, Docx, Xlsx];

    public static AttachmentFileType? ByCode(string code) => All.FirstOrDefault(t => t.Code == code);

    /// <summary>The type to serve a stored file as: its recorded type when it is one of ours, else a plain download.</summary>
    public static string ServedContentType(string recorded) =>
        All.FirstOrDefault(t => string.Equals(t.ContentType, recorded, StringComparison.OrdinalIgnoreCase))?.ContentType ?? "application/octet-stream";
}
