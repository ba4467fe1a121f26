using Thads.Enforcement.Statistics.Facts;

namespace Thads.Enforcement.Statistics.Engine;

/// <summary>One case behind a cell: what it adds to the cell (1 for a count; thousands VND for money, with its VND).</summary>
public sealed record DrillDownItem(long FactId, string CaseNumber, string UnitCode, FactSource Source, int? LiveCaseId, int? SourceLine, int AcceptedOn, decimal Value, long Vnd);
