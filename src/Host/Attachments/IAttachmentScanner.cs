namespace Thads.Host.Attachments;

/// <summary>
/// The virus-scan hook: every upload is scanned after its type is checked and before it is kept. Register another
/// implementation to use a scanning service; by default <see cref="CommandAttachmentScanner"/> runs the configured
/// <c>Attachments:ScanCommand</c>, or <see cref="NoAttachmentScanner"/> passes everything when none is configured.
/// </summary>
public interface IAttachmentScanner
{
    /// <param name="path">The uploaded file, complete, in the store's temporary folder.</param>
    /// <param name="fileName">The name the user gave it (for messages and logs only).</param>
    Task<AttachmentScanResult> ScanAsync(string path, string fileName, CancellationToken cancellationToken);
}
