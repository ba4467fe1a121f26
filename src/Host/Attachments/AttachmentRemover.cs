using Thads.Enforcement.Cases;

namespace Thads.Host.Attachments;

/// <summary>Removes an attachment: the record first (audited, leaders only, by the domain), then the file.</summary>
public sealed class AttachmentRemover(CaseService cases, AttachmentStore store, ILogger<AttachmentRemover> logger)
{
    /// <exception cref="CaseValidationException">Not a leader of the case, or no such attachment; nothing was removed.</exception>
    public async Task<Attachment> RemoveAsync(int caseId, int attachmentId, string actor, CancellationToken cancellationToken)
    {
        var removed = await cases.RemoveAttachmentAsync(caseId, attachmentId, actor, cancellationToken);
        try
        {
            store.Delete(removed.StorageKey);
        }
        catch (IOException e)
        {
            // The record is gone, so the file can no longer be reached; it only takes space until cleaned up.
            logger.LogWarning(e, "Attachment {AttachmentId} removed but its file {Key} could not be deleted", attachmentId, removed.StorageKey);
        }

        return removed;
    }
}
