using Thads.Enforcement.Statistics.Definitions;
using Thads.Enforcement.Statistics.Facts;

namespace Thads.Enforcement.Statistics.Engine;

/// <summary>
/// Places one case in the columns of both forms for a period (domain README §6.3a, §6.4):
/// <list type="bullet">
/// <item>In the period when accepted by its end and not ended before its start: carried over (CO) if accepted before
/// 1 October and still open then, new (NEW) if accepted in the period, or reopened in it after an earlier end.</item>
/// <item>Ended in the period: completed (7), terminated (8, counted as completed), or removed (4: delegated away,
/// taken over, revoked). A case partly performed and then delegated counts as completed for the sender (GSO, §2.12).</item>
/// <item>Open at the end of the period: the column of its state then (<see cref="ReportDefinition.OpenStates"/>).</item>
/// </list>
/// Money (VND): a carried-over case brings what was still owed on 1 October; money executed and reductions in the
/// period go to completed (7) and reduced (9); the rest follows the case (terminated, removed, or its open state).
/// The money of a case is then rounded to 1,000 VND leaf by leaf along both sums that make T (see
/// <see cref="ThousandsRounding"/>), so every identity also holds in thousands, for every row and every total.
/// </summary>
public static class CaseClassifier
{
    /// <returns>False when the case is not in the period (nothing was added).</returns>
    public static bool Classify(
        int acceptedOn, long amount, IReadOnlyList<StatEvent> events, ReportPeriod period, ReportDefinition casesForm,
        CaseContribution into)
    {
        var from = period.FromValue;
        var to = period.ToValue;
        if (acceptedOn > to)
        {
            return false;
        }

        var state = StatState.InProgress;
        long owed = amount;
        long everExecuted = 0;
        var index = 0;

        // Before the period: only what is still owed and whether the case was still open on 30 September.
        for (; index < events.Count && events[index].Date < from; index++)
        {
            Apply(events[index], ref state, ref owed, ref everExecuted);
        }

        bool member;
        bool isNew;
        long opening;
        if (acceptedOn >= from)
        {
            (member, isNew, opening) = (true, true, owed);
        }
        else if (!state.IsFinal())
        {
            (member, isNew, opening) = (true, false, owed);
        }
        else
        {
            (member, isNew, opening) = (false, false, 0);
        }

        long executed = 0, reduced = 0, added = 0;
        for (; index < events.Count && events[index].Date <= to; index++)
        {
            var e = events[index];
            if (!member)
            {
                Apply(e, ref state, ref owed, ref everExecuted);
                if (e.Kind == StatEventKind.State && !e.State.IsFinal())
                {
                    // Reopened in the period after an end recorded before it (a dated adjustment of a closed period).
                    (member, isNew, opening) = (true, true, owed);
                }

                continue;
            }

            switch (e.Kind)
            {
                case StatEventKind.State:
                    state = e.State;
                    break;
                case StatEventKind.Executed:
                    executed += e.Amount;
                    everExecuted += e.Amount;
                    break;
                case StatEventKind.Reduced:
                    reduced += e.Amount;
                    break;
                case StatEventKind.AmountChange:
                    added += e.Amount;
                    break;
            }
        }

        if (!member)
        {
            return false;
        }

        into.Clear();
        var cases = into.Cases;
        var money = into.MoneyVnd;
        cases[(int)(isNew ? Leaf.New : Leaf.CarriedOver)] = 1;
        money[(int)Leaf.CarriedOver] = isNew ? 0 : opening;
        money[(int)Leaf.New] = (isNew ? opening : 0) + added;
        var total = opening + added;

        switch (state)
        {
            case StatState.Completed:
                cases[(int)Leaf.Completed] = 1;
                money[(int)Leaf.Reduced] = reduced;
                money[(int)Leaf.Completed] = total - reduced;
                break;
            case StatState.Terminated:
                cases[(int)Leaf.Terminated] = 1;
                Split(money, total, executed, reduced, Leaf.Terminated);
                break;
            case StatState.DelegatedOut:
                cases[(int)(everExecuted > 0 ? Leaf.Completed : Leaf.Removed)] = 1;
                Split(money, total, executed, reduced, Leaf.Removed);
                break;
            case StatState.Removed:
                cases[(int)Leaf.Removed] = 1;
                Split(money, total, executed, reduced, Leaf.Removed);
                break;
            default:
                var leaf = casesForm.LeafOf(state);
                cases[(int)leaf] = 1;
                Split(money, total, executed, reduced, leaf);
                break;
        }

        ThousandsRounding.Round(money, into.MoneyThousands);
        return true;
    }

    private static void Split(long[] money, long total, long executed, long reduced, Leaf rest)
    {
        money[(int)Leaf.Completed] += executed;
        money[(int)Leaf.Reduced] += reduced;
        money[(int)rest] += total - executed - reduced;
    }

    private static void Apply(StatEvent e, ref StatState state, ref long owed, ref long everExecuted)
    {
        switch (e.Kind)
        {
            case StatEventKind.State:
                state = e.State;
                break;
            case StatEventKind.Executed:
                owed -= e.Amount;
                everExecuted += e.Amount;
                break;
            case StatEventKind.Reduced:
                owed -= e.Amount;
                break;
            case StatEventKind.AmountChange:
                owed += e.Amount;
                break;
        }
    }
}
