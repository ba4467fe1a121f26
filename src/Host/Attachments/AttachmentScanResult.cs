namespace Thads.Host.Attachments;

/// <summary>What a scanner said about a file; <see cref="Reason"/> is shown to the uploader after "Tệp: " when it is refused.</summary>
public sealed record AttachmentScanResult(bool Clean, string? Reason)
{
    public static readonly AttachmentScanResult Passed = new(true, null);

    public static AttachmentScanResult Refused(string reason) => new(false, reason);
}
