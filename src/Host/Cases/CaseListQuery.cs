using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Data;
using Thads.Host.Accounts;
using Thads.Host.Api;

namespace Thads.Host.Cases;

/// <summary>
/// The case list of the page and the API, filtered, counted and paged in the database. Scope is the rule of
/// <see cref="UnitScope.MaySeeCase"/> as a query. The search uses indexes only (at 100,000 cases a "contains" scan
/// of every party name costs tens of milliseconds): the beginning of a case number or of a party's name, as typed
/// and in title case (names are written so), or a party's ID number exactly.
/// </summary>
public sealed class CaseListQuery(IDbContextFactory<ThadsDbContext> contexts)
{
    // The largest code point: every text that starts with the prefix sorts below prefix + this (binary collation).
    private static readonly string PrefixEnd = char.ConvertFromUtf32(0x10FFFF);

    public async Task<CasePage> FindAsync(ThadsUser user, IReadOnlySet<int> visibleUnits, CaseListFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var visible = visibleUnits.ToList();
        var query = db.Cases.AsNoTracking()
            .Where(c => visible.Contains(c.UnitId) || (c.DelegatedToUnitId != null && visible.Contains(c.DelegatedToUnitId.Value)));
        if (user.IsExecutorOnly)
        {
            query = query.Where(c => c.ExecutorId == user.StaffId);
        }

        if (filter.UnitId is { } only)
        {
            query = query.Where(c => c.UnitId == only || c.DelegatedToUnitId == only);
        }

        if (filter.NewOnly)
        {
            query = query.Where(c => c.Status == null);
        }
        else if (filter.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            query = Search(db, query, filter.Search.Trim());
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .OrderByDescending(c => c.Id)
            .Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize)
            .Select(c => new CaseSummary(
                c.Id, c.CaseNumber, c.UnitId, c.Unit!.Code, c.Status, c.StatusSince,
                c.Executor == null ? null : c.Executor.UserName,
                c.Parties.Where(p => p.Role == PartyRole.Debtor).OrderBy(p => p.Id).Select(p => p.FullName).ToList(),
                c.Obligations.Sum(o => o.Amount),
                c.Obligations.Sum(o => o.Amount - o.Paid)))
            .ToListAsync(cancellationToken);
        return new CasePage(rows, filter.Page, filter.PageSize, total);
    }

    private static IQueryable<EnforcementCase> Search(ThadsDbContext db, IQueryable<EnforcementCase> query, string text)
    {
        var number = text.ToUpperInvariant();
        var name = CultureInfo.GetCultureInfo("vi-VN").TextInfo.ToTitleCase(text.ToLowerInvariant());
        var (numberEnd, upperEnd, nameEnd, titleEnd) = (text + PrefixEnd, number + PrefixEnd, text + PrefixEnd, name + PrefixEnd);
        var parties = db.Parties
            .Where(p => (string.Compare(p.FullName, text) >= 0 && string.Compare(p.FullName, nameEnd) < 0)
                || (string.Compare(p.FullName, name) >= 0 && string.Compare(p.FullName, titleEnd) < 0)
                || p.IdNumber == text)
            .Select(p => p.CaseId);
        return query.Where(c =>
            (string.Compare(c.CaseNumber, text) >= 0 && string.Compare(c.CaseNumber, numberEnd) < 0)
            || (string.Compare(c.CaseNumber, number) >= 0 && string.Compare(c.CaseNumber, upperEnd) < 0)
            || parties.Contains(c.Id));
    }
}
