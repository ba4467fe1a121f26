using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Calendar;
using Thads.Enforcement.Cases.Audit;
using Thads.Enforcement.Cases.Configuration;
using Thads.Enforcement.Cases.Validation;
using Thads.Enforcement.Data;
using Thads.Enforcement.Organisation;

namespace Thads.Enforcement.Cases;

/// <summary>
/// The only way to change enforcement cases. Every command loads the case, validates the whole input against the
/// law and the case's data, and either throws <see cref="CaseValidationException"/> having changed nothing, or
/// applies the change, increments the case's version and saves it with its audit rows in one transaction. A
/// concurrent change to the same case makes the later save fail with <see cref="CaseConcurrencyException"/>.
/// The methods are grouped by concern in the <c>CaseService.*.cs</c> files.
/// </summary>
public sealed partial class CaseService(IDbContextFactory<ThadsDbContext> contexts, TimeProvider time)
{
    /// <summary>A context whose saves are audited as <paramref name="actor"/>, now.</summary>
    private async Task<ThadsDbContext> OpenAsync(string actor, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(actor) || actor.Trim().Length > CaseModel.ActorMaxLength)
        {
            CaseErrors.Throw(CaseFields.Actor, "chưa nhập hoặc quá dài: mọi thay đổi hồ sơ đều được ghi vết người thực hiện.");
        }

        var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AuditStamp = new AuditStamp(actor.Trim(), time.GetUtcNow());
        return db;
    }

    private DateOnly Today => VietnamTime.DateOf(time.GetUtcNow());

    /// <summary>The case with the children the rules look at (tracked, for changing).</summary>
    private static async Task<EnforcementCase> LoadAsync(ThadsDbContext db, int caseId, CancellationToken cancellationToken) =>
        await db.Cases
            .Include(c => c.Parties)
            .Include(c => c.Obligations)
            .Include(c => c.MoneyEntries)
            .Include(c => c.Verifications)
            .Include(c => c.Notices)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken)
        ?? throw new CaseNotFoundException(caseId);

    /// <summary>Every change of anything in a case bumps the case's version, so concurrent edits of one case cannot both win.</summary>
    private static void Touch(EnforcementCase c, AuditStamp stamp)
    {
        c.Version++;
        c.UpdatedAt = stamp.At;
        c.UpdatedBy = stamp.Actor;
    }

    private static async Task SaveAsync(ThadsDbContext db, EnforcementCase c, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException conflict)
        {
            throw new CaseConcurrencyException(c.CaseNumber, conflict);
        }
    }

    private static Task<StaffMember?> FindStaffAsync(ThadsDbContext db, string? userName, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(userName)
            ? Task.FromResult<StaffMember?>(null)
            : db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.UserName == userName.Trim(), cancellationToken);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
