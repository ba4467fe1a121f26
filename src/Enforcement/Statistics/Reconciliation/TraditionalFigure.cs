using Thads.Enforcement.Statistics.Definitions;

namespace Thads.Enforcement.Statistics.Reconciliation;

/// <summary>
/// One figure of a traditional (paper) report (table <c>thads_stat_traditional</c>): unit, period, form and indicator
/// code (§6.4), so it can be set beside the software's figure. A later import of the same cell replaces it.
/// </summary>
public sealed class TraditionalFigure
{
    public long Id { get; set; }

    public long ImportId { get; set; }

    public int UnitId { get; set; }

    public int Year { get; set; }

    public int Month { get; set; }

    public FormKind Form { get; set; }

    /// <summary>T, CO, NEW, RM, P, C, NC, X, NEXT or NEXT_C.</summary>
    public string Indicator { get; set; } = string.Empty;

    public decimal Value { get; set; }
}
