using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Data;
using Thads.Host.Cases.Diagram;
using Thads.Host.Cases.Timeline;

namespace Thads.Host.Cases;

/// <summary>Assembles a <see cref="CaseDossier"/> for a case the user may see (ask <see cref="CaseGate"/> first).</summary>
public sealed class CaseDossierReader(CaseService cases, CaseWorkflowReader workflows, IDbContextFactory<ThadsDbContext> contexts)
{
    private const int MaxAlerts = 50;

    public async Task<CaseDossier> ReadAsync(EnforcementCase c, CaseText text, CancellationToken cancellationToken)
    {
        var workflow = await workflows.ReadAsync(c, cancellationToken);
        var audit = await cases.AuditTrailAsync(c.Id, cancellationToken);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Both tables hold hundreds of rows at most: one read each names every person and unit the history mentions.
        var people = await db.Staff.AsNoTracking().Select(s => new { s.Id, s.UserName, s.FullName }).ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var caseUnits = new[] { c.UnitId, c.DelegatedToUnitId ?? c.UnitId };
        var alerts = await db.Alerts.AsNoTracking()
            .Where(a => a.CaseKey == c.CaseNumber && caseUnits.Contains(a.UnitId))
            .OrderByDescending(a => a.Day)
            .Take(MaxAlerts)
            .ToListAsync(cancellationToken);
        alerts = alerts.OrderByDescending(a => a.RaisedAt).ToList();

        var staff = new StaffNames(
            people.GroupBy(p => p.UserName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().FullName, StringComparer.Ordinal),
            people.ToDictionary(p => p.Id, p => p.FullName));
        var timeline = TimelineBuilder.Build(
            workflow, audit, new JournalDescriber(text, staff), new AuditDescriber(text, new CaseLookups(c, staff, units)));
        return new CaseDossier(c, MoneySummary.Of(c), alerts, workflow, timeline, staff, units);
    }

    /// <summary>The main process's picture with the case's position, or null when it has no process or no diagram.</summary>
    public static string? ProcessPicture(CaseWorkflow workflow, CaseText text)
    {
        if (workflow.Main is not { } main || workflow.DiagramOf(main.Id) is not { HasPicture: true } diagram)
        {
            return null;
        }

        return DiagramSvgRenderer.Render(diagram, workflow.MainProgress(), new DiagramTexts(
            text["Sơ đồ quy trình «{0}»", diagram.Name ?? diagram.ProcessId], text["đã xong"], text["đang ở bước này"], text["đang có sự cố"]));
    }

    /// <summary>The names of the steps the main process waits at now ("Thụ lý, vào sổ hồ sơ").</summary>
    public static IReadOnlyList<string> CurrentSteps(CaseWorkflow workflow)
    {
        if (workflow.Main is not { } main || workflow.DiagramOf(main.Id) is not { } diagram)
        {
            return [];
        }

        return main.Tokens
            .Select(t => diagram.Find(t.ElementId))
            .Where(e => e is { Name: not null } && !e.IsSubProcess)
            .Select(e => e!.Name!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
