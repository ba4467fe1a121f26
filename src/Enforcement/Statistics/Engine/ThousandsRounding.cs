using Thads.Enforcement.Statistics.Definitions;

namespace Thads.Enforcement.Statistics.Engine;

/// <summary>
/// Converts one case's money leaves from VND to 1,000 VND (the unit of the money form, §6.3a) so that the sums
/// still match: T is reached by two chains of leaves, CO + NEW and the classification leaves + RM, and each chain
/// is rounded cumulatively (a leaf is the rounded running total minus the previous rounded running total). Both
/// chains end on the same rounded T, so T = CO + NEW and P = T − RM = C + NC hold in thousands for the case, and
/// therefore for every row and total, which are plain sums of cases. No leaf moves by more than 1 (thousand).
/// </summary>
public static class ThousandsRounding
{
    private static readonly Leaf[] Intake = [Leaf.CarriedOver, Leaf.New];

    // The open leaves first: a case has at most one of them, which then rounds exactly like the amount it carries
    // into the next year, so next year's CO (the rounded amount still owed) equals this year's NEXT, also in thousands.
    private static readonly Leaf[] Outcome =
    [
        Leaf.InProgress, Leaf.Postponed, Leaf.Suspended, Leaf.Other, Leaf.NoConditions, Leaf.Removed, Leaf.Completed,
        Leaf.Terminated, Leaf.Reduced,
    ];

    public static void Round(ReadOnlySpan<long> vnd, Span<long> thousands)
    {
        Chain(vnd, thousands, Intake);
        Chain(vnd, thousands, Outcome);
    }

    /// <summary>Half away from zero, like the paper forms.</summary>
    public static long ToThousands(long vnd) => vnd >= 0 ? (vnd + 500) / 1000 : -((-vnd + 500) / 1000);

    private static void Chain(ReadOnlySpan<long> vnd, Span<long> thousands, Leaf[] order)
    {
        long running = 0, roundedBefore = 0;
        foreach (var leaf in order)
        {
            running += vnd[(int)leaf];
            var rounded = ToThousands(running);
            thousands[(int)leaf] = rounded - roundedBefore;
            roundedBefore = rounded;
        }
    }
}
