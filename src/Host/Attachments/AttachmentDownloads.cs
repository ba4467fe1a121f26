using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Data;

namespace Thads.Host.Attachments;

/// <summary>Serves a kept file: always as a download with its sniffed type, never rendered by the browser in the page's origin.</summary>
public sealed class AttachmentDownloads(AttachmentStore store, IDbContextFactory<ThadsDbContext> contexts, ILogger<AttachmentDownloads> logger)
{
    public async Task<Attachment?> FindAsync(int caseId, int attachmentId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Attachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId && a.CaseId == caseId, cancellationToken);
    }

    public async Task<IReadOnlyList<Attachment>> ListAsync(int caseId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Attachments.AsNoTracking().Where(a => a.CaseId == caseId).OrderBy(a => a.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The file as a response, or null when its key leads outside the store or the file is missing.</summary>
    public IResult? Serve(HttpContext context, Attachment attachment)
    {
        var path = store.PathOf(attachment.StorageKey);
        if (path is null || !File.Exists(path))
        {
            logger.LogWarning("Attachment {AttachmentId} of case {CaseId}: file {Key} is missing or outside the store", attachment.Id, attachment.CaseId, attachment.StorageKey);
            return null;
        }

        context.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.PhysicalFile(path, AttachmentFileTypes.ServedContentType(attachment.ContentType), attachment.FileName);
    }
}
