using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Cases.Validation;

namespace Thads.Enforcement.Cases;

public sealed partial class CaseService
{
    /// <summary>
    /// Removes an attachment's metadata (the audit keeps what it was); the caller deletes the stored file afterwards.
    /// Only a leader of the case's unit or of a unit above it may remove documents from a case file.
    /// </summary>
    /// <returns>The removed attachment, whose <see cref="Attachment.StorageKey"/> names the file to delete.</returns>
    /// <exception cref="CaseValidationException">Not a leader of the case, or no such attachment on the case; nothing was removed.</exception>
    public async Task<Attachment> RemoveAttachmentAsync(int caseId, int attachmentId, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(actor, cancellationToken);
        var c = await db.Cases.FirstOrDefaultAsync(x => x.Id == caseId, cancellationToken) ?? throw new CaseNotFoundException(caseId);
        var attachment = await db.Attachments.FirstOrDefaultAsync(a => a.Id == attachmentId && a.CaseId == caseId, cancellationToken);
        var errors = new CaseErrors();
        if (attachment is null)
        {
            errors.Add(CaseFields.Attachment, $"hồ sơ không có tệp đính kèm số {attachmentId}.");
        }

        var leader = await FindStaffAsync(db, actor, cancellationToken);
        var lineage = await UnitLineage.LoadAsync(db, c.UnitId, cancellationToken);
        if (StaffRules.LeaderProblem(leader, actor.Trim(), lineage) is { } problem)
        {
            errors.Add(CaseFields.Actor, problem);
        }

        errors.ThrowIfAny();

        db.Attachments.Remove(attachment!);
        Touch(c, db.AuditStamp!);
        await SaveAsync(db, c, cancellationToken);
        return attachment!;
    }
}
