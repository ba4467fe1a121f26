namespace Thads.Enforcement.Statistics.Closing;

/// <summary>
/// Chốt số liệu: a leader closed the cumulative period to <see cref="Month"/> of statistical year <see cref="Year"/>
/// for a unit and everything below it (table <c>thads_stat_closings</c>). The reports as they stood are kept byte
/// for byte; facts of the subtree dated up to <see cref="ClosedThrough"/> never change afterwards.
/// </summary>
public sealed class PeriodClosing
{
    public long Id { get; set; }

    public int UnitId { get; set; }

    public int Year { get; set; }

    public int Month { get; set; }

    /// <summary>The last day of the period, yyyyMMdd.</summary>
    public int ClosedThrough { get; set; }

    /// <summary>The 06/TK-THA report's JSON, as served from then on.</summary>
    public byte[] CasesSnapshot { get; set; } = [];

    /// <summary>The 07/TK-THA report's JSON.</summary>
    public byte[] MoneySnapshot { get; set; } = [];

    /// <summary>SHA-256 of both snapshots, hex, so a tampered row is detectable.</summary>
    public string Checksum { get; set; } = string.Empty;

    public DateTimeOffset ClosedAt { get; set; }

    public string ClosedBy { get; set; } = string.Empty;
}
