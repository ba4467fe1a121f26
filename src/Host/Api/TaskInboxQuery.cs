using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Data;
using Thads.Workflows.Persistence;
using Thads.Workflows.Runtime;

namespace Thads.Host.Api;

/// <summary>
/// The inbox lists, one rule for the API and the pages: "mine" = open tasks assigned to me; "unit" = unclaimed
/// tasks of the units in my scope for my roles (<see cref="TaskViewer.IsOpenToMe"/>). The search box matches a case
/// number in part or a party's name (cases of my units only), ordered by due date; one database query per list and one
/// count, so a page costs the same with a hundred tasks or a hundred thousand.
/// </summary>
public sealed class TaskInboxQuery(WorkflowEngine engine, IDbContextFactory<ThadsDbContext> contexts)
{
    /// <summary>A name typed in the search box rarely matches more cases than a person reads; beyond this, type more.</summary>
    public const int PartyMatchLimit = 500;

    public async Task<InboxPage> FindAsync(TaskViewer viewer, bool unit, string? search, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = unit
            ? new TaskQuery { UnassignedOnly = true, CandidateRoles = viewer.Groups.ToList(), CandidateUnits = viewer.UnitCodes.ToList() }
            : new TaskQuery { Assignee = viewer.User.UserName };

        var term = search?.Trim();
        if (!string.IsNullOrEmpty(term))
        {
            query = query with { BusinessKeyContains = term, OrBusinessKeys = await CasesByPartyNameAsync(viewer, term, cancellationToken) };
        }

        var total = await engine.CountTasksAsync(query, cancellationToken);
        var pages = Math.Max(1, (total + pageSize - 1) / pageSize);
        var number = Math.Clamp(page, 1, pages);
        var items = await engine.QueryTasksAsync(query with { Skip = (number - 1) * pageSize, Take = pageSize }, cancellationToken);
        return new InboxPage(items, number, total);
    }

    private async Task<List<string>> CasesByPartyNameAsync(TaskViewer viewer, string term, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var codes = viewer.UnitCodes.ToList();
        var pattern = "%" + LikePattern.Escape(term) + "%";
        return await db.Parties.AsNoTracking()
            .Where(p => EF.Functions.Like(p.FullName, pattern, LikePattern.EscapeCharacter))
            .Join(db.Cases, p => p.CaseId, c => c.Id, (p, c) => c)
            .Where(c => codes.Contains(c.Unit!.Code))
            .Select(c => c.CaseNumber)
            .Distinct()
            .Take(PartyMatchLimit)
            .ToListAsync(cancellationToken);
    }
}
