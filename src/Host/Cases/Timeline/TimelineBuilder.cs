using Thads.Enforcement.Cases.Audit;

namespace Thads.Host.Cases.Timeline;

/// <summary>
/// A case's history: the workflow journal (steps and tasks, who and when) and the audit log (what changed, before
/// and after) merged in time order, oldest first. Rows of the audit saved together become one entry.
/// </summary>
public static class TimelineBuilder
{
    public static IReadOnlyList<TimelineEntry> Build(
        CaseWorkflow workflow, IReadOnlyList<AuditEntry> audit, JournalDescriber journal, AuditDescriber changes)
    {
        var entries = new List<(TimelineEntry Entry, int Order)>();
        var order = 0;
        foreach (var group in SavedTogether(audit))
        {
            entries.Add((changes.Describe(group), order++));
        }

        foreach (var e in workflow.Journal)
        {
            if (journal.Describe(e, workflow.DiagramOf(e.InstanceId)) is { } entry)
            {
                entries.Add((entry, order++));
            }
        }

        return entries.OrderBy(x => x.Entry.At).ThenBy(x => x.Order).Select(x => x.Entry).ToList();
    }

    private static IEnumerable<IReadOnlyList<AuditEntry>> SavedTogether(IReadOnlyList<AuditEntry> audit)
    {
        var group = new List<AuditEntry>();
        foreach (var entry in audit)
        {
            if (group.Count > 0 && (group[0].At != entry.At || group[0].Actor != entry.Actor))
            {
                yield return group;
                group = [];
            }

            group.Add(entry);
        }

        if (group.Count > 0)
        {
            yield return group;
        }
    }
}
