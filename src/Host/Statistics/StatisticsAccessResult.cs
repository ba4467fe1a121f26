namespace Thads.Host.Statistics;

/// <summary>What <see cref="StatisticsAccess"/> decided: the unit to report on, or why not (403 or 404 with a Vietnamese reason).</summary>
public sealed record StatisticsAccessResult(string? UnitCode, int? ExecutorId, int Status, string? Problem)
{
    public bool Allowed => Problem is null;
}
