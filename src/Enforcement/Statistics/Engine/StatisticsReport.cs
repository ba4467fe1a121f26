using Thads.Enforcement.Statistics.Definitions;

namespace Thads.Enforcement.Statistics.Engine;

/// <summary>A computed form: detail rows, then the total row (the sum of the detail rows, by construction).</summary>
public sealed class StatisticsReport
{
    public required ReportDefinition Definition { get; init; }

    public required ReportPeriod Period { get; init; }

    public required ReportScope Scope { get; init; }

    /// <summary>Detail rows in print order; the total is <see cref="Total"/>.</summary>
    public required IReadOnlyList<ReportRow> Rows { get; init; }

    public required ReportRow Total { get; init; }

    /// <summary>Set when this is the snapshot of a closed period.</summary>
    public ClosingStamp? Closed { get; init; }

    public IEnumerable<ReportRow> RowsWithTotal => Rows.Append(Total);

    public ReportRow? Row(string key) => RowsWithTotal.FirstOrDefault(r => r.Key == key);
}
