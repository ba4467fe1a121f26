using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Data;
using Thads.Enforcement.Legal.Status;

namespace Thads.Enforcement.PublicRegister;

/// <summary>
/// The public list of debtors without conditions to enforce (Art. 44a cl. 2: the decision is published). A case
/// is on the list while its status is NoConditions with a 44a decision; it leaves it when conditions are found
/// (back to execution) or the case ends.
/// </summary>
public sealed class PublicDebtorRegister(IDbContextFactory<ThadsDbContext> contexts)
{
    public async Task<IReadOnlyList<PublicDebtorEntry>> ListAsync(string? search = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.Status == EnforcementStatus.NoConditions && c.NoConditionsDecisionNumber != null)
            .Include(c => c.Unit)
            .Include(c => c.Parties)
            .Include(c => c.Obligations)
            .ToListAsync(cancellationToken);
        var term = search?.Trim();
        return cases
            .SelectMany(c => c.Obligations.Where(o => o.Amount > o.Paid).Select(o => (Case: c, Obligation: o)))
            .Select(x =>
            {
                var debtor = x.Case.Parties.Single(p => p.Id == x.Obligation.DebtorPartyId);
                return new PublicDebtorEntry(
                    debtor.FullName,
                    debtor.Address,
                    x.Obligation.Description,
                    x.Obligation.Amount - x.Obligation.Paid,
                    x.Case.Unit!.Name,
                    x.Case.NoConditionsDecisionNumber!,
                    x.Case.NoConditionsDecisionDate!.Value);
            })
            .Where(e => string.IsNullOrEmpty(term) || e.DebtorName.Contains(term, StringComparison.CurrentCultureIgnoreCase))
            .OrderBy(e => e.EnforcingAgency, StringComparer.Ordinal).ThenBy(e => e.DebtorName, StringComparer.Ordinal)
            .ToList();
    }
}
