using Thads.Enforcement.Statistics.Facts;

namespace Thads.Enforcement.Statistics.Engine;

/// <summary>One fact row as a scan reads it. <see cref="Events"/> is a buffer reused for the next row: copy what you keep.</summary>
public sealed class ScannedFact
{
    public long Id { get; set; }

    public int UnitId { get; set; }

    public int? ExecutorId { get; set; }

    public int AcceptedOn { get; set; }

    public long Amount { get; set; }

    public List<StatEvent> Events { get; } = new(16);

    /// <summary>Only read by detailed scans (drill-down).</summary>
    public string? CaseNumber { get; set; }

    public FactSource Source { get; set; }

    public int? LiveCaseId { get; set; }

    public int? SourceLine { get; set; }
}
