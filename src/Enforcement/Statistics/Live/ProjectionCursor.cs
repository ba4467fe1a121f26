namespace Thads.Enforcement.Statistics.Live;

/// <summary>How far a projection has read a change feed (table <c>thads_stat_cursors</c>).</summary>
public sealed class ProjectionCursor
{
    public const string LiveCases = "live-cases";

    public string Name { get; set; } = string.Empty;

    /// <summary>The last <c>thads_audit</c> id projected.</summary>
    public long Position { get; set; }
}
