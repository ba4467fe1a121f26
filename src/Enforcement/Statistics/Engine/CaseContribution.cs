namespace Thads.Enforcement.Statistics.Engine;

/// <summary>What one case adds to a row: its count leaves (each 0 or 1) and its money leaves (VND and 1,000 VND).</summary>
public sealed class CaseContribution
{
    public long[] Cases { get; } = new long[Definitions.Leaves.Count];

    public long[] MoneyVnd { get; } = new long[Definitions.Leaves.Count];

    public long[] MoneyThousands { get; } = new long[Definitions.Leaves.Count];

    public void Clear()
    {
        Array.Clear(Cases);
        Array.Clear(MoneyVnd);
        Array.Clear(MoneyThousands);
    }
}
