namespace Thads.Host.Attachments;

/// <summary>No scanner configured: every file passes (the type check still applies).</summary>
public sealed class NoAttachmentScanner : IAttachmentScanner
{
    public Task<AttachmentScanResult> ScanAsync(string path, string fileName, CancellationToken cancellationToken) =>
        Task.FromResult(AttachmentScanResult.Passed);
}
