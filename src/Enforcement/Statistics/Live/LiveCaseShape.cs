using Thads.Enforcement.Cases;
using Thads.Enforcement.Legal.Status;
using Thads.Enforcement.Statistics.Facts;

namespace Thads.Enforcement.Statistics.Live;

/// <summary>
/// What a case managed in this system looks like to the statistics: accepted on its acceptance date, the amount of
/// its obligations, its status history mapped to statistical states, and the money executed (collected, or paid
/// directly to the creditor). Registers are views over the same events (domain README §7), so they match by construction.
/// </summary>
public static class LiveCaseShape
{
    /// <summary>Null while the case is not in the books yet: no enforcement decision, or a delegation not accepted.</summary>
    public static FactShape? Of(EnforcementCase c)
    {
        if (c.Status is null || c.AcceptedOn is not { } accepted)
        {
            return null;
        }

        var events = new List<(int Date, int Order, StatEvent Event)>();
        var state = StatState.InProgress;
        foreach (var change in c.StatusChanges.OrderBy(s => s.On).ThenBy(s => s.Id))
        {
            var mapped = Map(change.To);
            if (mapped != state)
            {
                events.Add((StatDate.From(change.On), change.Id, StatEvent.To(StatDate.From(change.On), mapped)));
                state = mapped;
            }
        }

        foreach (var money in c.MoneyEntries.Where(m => m.Kind is MoneyKind.Collected or MoneyKind.PaidDirectly))
        {
            events.Add((StatDate.From(money.On), int.MaxValue / 2 + money.Id, StatEvent.Executed(StatDate.From(money.On), money.Amount)));
        }

        // Money of a day before the status change of that day: a case is completed by the payment that finishes it.
        var ordered = events
            .OrderBy(e => e.Date)
            .ThenBy(e => e.Event.Kind == StatEventKind.State ? 1 : 0)
            .ThenBy(e => e.Order)
            .Select(e => e.Event)
            .ToList();
        return new FactShape(StatDate.From(accepted), c.Obligations.Sum(o => o.Amount), ordered);
    }

    public static StatState Map(EnforcementStatus status) => status switch
    {
        EnforcementStatus.NoConditions => StatState.NoConditions,
        EnforcementStatus.Postponed => StatState.Postponed,
        EnforcementStatus.Suspended => StatState.Suspended,
        EnforcementStatus.Terminated => StatState.Terminated,
        EnforcementStatus.Completed => StatState.Completed,
        EnforcementStatus.Delegated => StatState.DelegatedOut,
        EnforcementStatus.ReturnedLegacy => StatState.Removed,
        _ => StatState.InProgress,
    };
}
