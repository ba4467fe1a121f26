using Thads.Enforcement.Statistics.Definitions;

namespace Thads.Enforcement.Statistics.Engine;

/// <summary>The cases behind one cell: every one counted (<see cref="Count"/>, <see cref="Sum"/>), one page listed.</summary>
public sealed record DrillDownResult(
    ReportDefinition Definition, ReportPeriod Period, ReportColumn Column, string RowKey, string RowLabel,
    int Count, decimal Sum, long SumVnd, IReadOnlyList<DrillDownItem> Items, int Page, int PageSize);
