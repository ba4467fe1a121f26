namespace Thads.Enforcement.Statistics.Definitions;

public static class Leaves
{
    public const int Count = 11;

    /// <summary>The classification leaves whose sum is C.</summary>
    public static readonly Leaf[] WithConditions =
        [Leaf.Completed, Leaf.Terminated, Leaf.Reduced, Leaf.InProgress, Leaf.Postponed, Leaf.Suspended, Leaf.Other];
}
