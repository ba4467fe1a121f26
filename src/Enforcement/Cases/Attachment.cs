namespace Thads.Enforcement.Cases;

/// <summary>Metadata of a document attached to a case (table <c>thads_attachments</c>); the file itself is kept in storage under <see cref="StorageKey"/>.</summary>
public sealed class Attachment : ICaseRecord
{
    public int Id { get; set; }

    public int CaseId { get; set; }

    public string FileName { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    public long SizeBytes { get; set; }

    /// <summary>Where the file store keeps it (a relative path or key, never an absolute machine path).</summary>
    public string StorageKey { get; set; } = string.Empty;

    public DateTimeOffset UploadedAt { get; set; }

    public string UploadedBy { get; set; } = string.Empty;

    int? ICaseRecord.AuditCaseId => CaseId;
}
