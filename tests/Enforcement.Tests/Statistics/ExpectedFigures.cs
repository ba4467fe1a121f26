using Thads.Enforcement.Statistics;
using Thads.Enforcement.Statistics.Definitions;
using Thads.Enforcement.Statistics.Demo;
using Thads.Enforcement.Statistics.Engine;
using Thads.Enforcement.Statistics.Facts;

namespace Thads.Enforcement.Tests.Statistics;

/// <summary>
/// The figures a report should show, computed straight from the generated register lines with the definitions of
/// domain README §6.3a/§6.4, without the fact table, the timeline or the classifier.
/// </summary>
internal static class ExpectedFigures
{
    public static (long[] Cases, long[] Money)? Of(SyntheticCase c, ReportPeriod period)
    {
        var from = period.From;
        var to = period.To;
        if (c.AcceptedOn > to)
        {
            return null;
        }

        var ends = c.History.Where(h => h.State.IsFinal()).Select(h => (h.Date, h.State)).ToList();
        if (c.DelegatedOn is { } delegated)
        {
            ends.Add((delegated, StatState.DelegatedOut));
        }

        var end = ends.OrderBy(e => e.Date).Cast<(DateOnly Date, StatState State)?>().FirstOrDefault();
        if (end is { } ended && ended.Date < from)
        {
            return null;
        }

        var cases = new long[Leaves.Count];
        var money = new long[Leaves.Count];
        var carried = c.AcceptedOn < from;
        var opening = carried
            ? c.Amount - c.Collected.Where(m => m.Date < from).Sum(m => m.Amount) - c.Reduced.Where(m => m.Date < from).Sum(m => m.Amount)
            : c.Amount;
        var executed = c.Collected.Where(m => m.Date >= from && m.Date <= to).Sum(m => m.Amount);
        var reduced = c.Reduced.Where(m => m.Date >= from && m.Date <= to).Sum(m => m.Amount);
        cases[(int)(carried ? Leaf.CarriedOver : Leaf.New)] = 1;
        money[(int)(carried ? Leaf.CarriedOver : Leaf.New)] = opening;

        Leaf countLeaf;
        Leaf rest;
        if (end is { } e && e.Date <= to)
        {
            (countLeaf, rest) = e.State switch
            {
                StatState.Completed => (Leaf.Completed, Leaf.Completed),
                StatState.Terminated => (Leaf.Terminated, Leaf.Terminated),
                StatState.DelegatedOut => (c.Collected.Any(m => m.Date <= e.Date) ? Leaf.Completed : Leaf.Removed, Leaf.Removed),
                _ => (Leaf.Removed, Leaf.Removed),
            };
        }
        else
        {
            var open = c.History.Where(h => !h.State.IsFinal()).Select(h => (h.Date, h.State))
                .Concat(c.Conditions.Select(k => (k.Date, State: k.HasConditions ? StatState.InProgress : StatState.NoConditions)))
                .Where(s => s.Date <= to)
                .OrderBy(s => s.Date)
                .Select(s => s.State)
                .LastOrDefault(StatState.InProgress);
            countLeaf = rest = open switch
            {
                StatState.Postponed => Leaf.Postponed,
                StatState.Suspended => Leaf.Suspended,
                StatState.Other => Leaf.Other,
                StatState.NoConditions => Leaf.NoConditions,
                _ => Leaf.InProgress,
            };
        }

        cases[(int)countLeaf] = 1;
        if (end is { State: StatState.Completed } done && done.Date <= to)
        {
            money[(int)Leaf.Completed] += opening - reduced;
            money[(int)Leaf.Reduced] += reduced;
        }
        else
        {
            money[(int)Leaf.Completed] += executed;
            money[(int)Leaf.Reduced] += reduced;
            money[(int)rest] += opening - executed - reduced;
        }

        var thousands = new long[Leaves.Count];
        ThousandsRounding.Round(money, thousands);
        return (cases, thousands);
    }

    /// <summary>Sums of <see cref="Of"/> over the cases the filter keeps.</summary>
    public static (FormValues Cases, FormValues Money) Sum(IEnumerable<SyntheticCase> cases, ReportPeriod period, Func<SyntheticCase, bool> filter)
    {
        var counts = new FormValues();
        var money = new FormValues();
        foreach (var c in cases.Where(filter))
        {
            if (Of(c, period) is { } figures)
            {
                counts.Add(figures.Cases);
                money.Add(figures.Money);
            }
        }

        return (counts, money);
    }
}
