using Thads.Enforcement.Cases;

namespace Thads.Host.Attachments;

/// <summary>The kept attachment, or why the upload was refused (Vietnamese, under the field's name); nothing is kept when refused.</summary>
public sealed record AttachmentUploadResult(Attachment? Attachment, string? Field, string? Error, bool BadToken = false)
{
    public static AttachmentUploadResult Refused(string field, string error) => new(null, field, error);
}
