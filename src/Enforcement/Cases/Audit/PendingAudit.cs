using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Thads.Enforcement.Cases.Audit;

/// <summary>A change seen before the save; <see cref="Key"/> and <see cref="CaseId"/> matter only for deletions, whose entry is gone afterwards.</summary>
internal sealed record PendingAudit(EntityEntry Entry, AuditAction Action, string? Before, string Key, int? CaseId);
