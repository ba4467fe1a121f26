namespace Thads.Enforcement.Statistics.Closing;

/// <summary>
/// A change that arrived after its period was closed and was counted in the next period instead (table
/// <c>thads_stat_adjustments</c>): which case, which closed date it would have altered, the day it now counts from,
/// what changed, who made the change and when. Never updated or deleted.
/// </summary>
public sealed class StatAdjustment
{
    public long Id { get; set; }

    public long FactId { get; set; }

    public int UnitId { get; set; }

    public string CaseNumber { get; set; } = string.Empty;

    /// <summary>The end of the closed period the change fell into, yyyyMMdd.</summary>
    public int ClosedThrough { get; set; }

    /// <summary>The day the change counts from (the day after <see cref="ClosedThrough"/>), yyyyMMdd.</summary>
    public int EffectiveOn { get; set; }

    /// <summary>What changed, in Vietnamese.</summary>
    public string Description { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }

    public string By { get; set; } = string.Empty;
}
