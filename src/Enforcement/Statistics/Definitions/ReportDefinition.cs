using Thads.Enforcement.Legal;
using Thads.Enforcement.Statistics.Facts;

namespace Thads.Enforcement.Statistics.Definitions;

/// <summary>
/// One form as a regulation defines it: its number, titles, columns and how open cases are classified. Chosen by
/// the last day of the reported period (<see cref="ReportDefinitions"/>).
/// </summary>
public sealed class ReportDefinition : IEffectiveVersion
{
    /// <summary>Stable id stored with closed reports, e.g. "TT05-2024/06".</summary>
    public required string Id { get; init; }

    public required FormKind Form { get; init; }

    /// <summary>"Biểu số 06/TK-THA" ([req] CV 2352; the official numbering is unconfirmed, §6.3).</summary>
    public required string FormNumber { get; init; }

    public required string FormTitle { get; init; }

    /// <summary>The regulation, e.g. "Thông tư 05/2024/TT-BTP"; also the version's title.</summary>
    public required string Title { get; init; }

    public required DateOnly EffectiveFrom { get; init; }

    /// <summary>Whether the layout has been checked against the official annex (it has not: §6.3a).</summary>
    public required ConfirmationStatus LayoutStatus { get; init; }

    /// <summary>"việc" or "nghìn đồng".</summary>
    public required string UnitOfMeasure { get; init; }

    public required IReadOnlyList<ReportColumn> Columns { get; init; }

    /// <summary>The column an open case in each state counts in (§6.3a classification; defaults [unconfirmed]).</summary>
    public required IReadOnlyDictionary<StatState, Leaf> OpenStates { get; init; }

    public Leaf LeafOf(StatState openState) => OpenStates[openState];
}
