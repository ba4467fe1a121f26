using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Cases.Audit;
using Thads.Enforcement.Cases.Validation;
using Thads.Enforcement.Legal.Exemption;

namespace Thads.Enforcement.Cases;

public sealed partial class CaseService
{
    /// <summary>The case with every child (parties, obligations, money, assets, verifications, notices, histories, attachments), or null.</summary>
    public async Task<EnforcementCase?> GetAsync(int caseId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Cases.AsNoTracking()
            .Include(c => c.Unit)
            .Include(c => c.Executor)
            .Include(c => c.Parties.OrderBy(p => p.Id))
            .Include(c => c.Obligations.OrderBy(o => o.Id))
            .Include(c => c.MoneyEntries.OrderBy(m => m.Id))
            .Include(c => c.Assets.OrderBy(a => a.Id))
            .Include(c => c.Verifications.OrderBy(v => v.Id))
            .Include(c => c.Notices.OrderBy(n => n.Id))
            .Include(c => c.StatusChanges.OrderBy(s => s.Id))
            .Include(c => c.Assignments.OrderBy(a => a.Id))
            .Include(c => c.Approvals.OrderBy(a => a.Id))
            .Include(c => c.Attachments.OrderBy(a => a.Id))
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
    }

    /// <summary>The audit trail of a case, oldest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> AuditTrailAsync(int caseId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Audit.AsNoTracking()
            .Where(a => a.CaseId == caseId)
            .OrderBy(a => a.At)
            .ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// What <see cref="ExemptionEligibility"/> says about each state-budget obligation still owed (Art. 61), using the
    /// enforcement decision's date and the latest verification; empty before the decision.
    /// </summary>
    public async Task<IReadOnlyList<ObligationExemption>> ExemptionAsync(int caseId, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var c = await LoadAsync(db, caseId, cancellationToken);
        if (c.DecisionDate is not { } decided)
        {
            return [];
        }

        var latest = CaseFacts.LatestVerification(c, asOf);
        var finding = latest is null
            ? null
            : new VerificationFinding(latest.VerifiedOn, latest.NoConditionsReason?.IsNoIncomeOrAssets() ?? false);
        return c.Obligations
            .Where(o => o.IsStateBudget && o.Remaining > 0)
            .OrderBy(o => o.Id)
            .Select(o => new ObligationExemption(o.Id, o.Description,
                ExemptionEligibility.Evaluate(new ObligationFacts(o.Payee, o.Amount, o.Paid, decided, finding), asOf)))
            .ToList();
    }
}
