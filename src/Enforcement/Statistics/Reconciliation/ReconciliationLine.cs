namespace Thads.Enforcement.Statistics.Reconciliation;

/// <summary>One unit and indicator: the software's figure, the traditional one (null when not reported) and software − traditional.</summary>
public sealed record ReconciliationLine(string RowKey, string RowLabel, string Indicator, decimal Software, decimal? Traditional)
{
    public decimal? Difference => Traditional is { } t ? Software - t : null;
}
