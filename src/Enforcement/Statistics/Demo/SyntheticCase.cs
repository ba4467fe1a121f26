using Thads.Enforcement.Cases;
using Thads.Enforcement.Statistics.Facts;

namespace Thads.Enforcement.Statistics.Demo;

/// <summary>One generated register line, as data (tests compute their expected figures from it independently).</summary>
public sealed class SyntheticCase
{
    public required string UnitCode { get; init; }

    public required string CaseNumber { get; init; }

    public string? Executor { get; init; }

    public AcceptanceKind Acceptance { get; init; } = AcceptanceKind.New;

    public required DateOnly AcceptedOn { get; init; }

    public IntakePath IntakePath { get; init; } = IntakePath.OnRequest;

    public JudgmentType JudgmentType { get; init; } = JudgmentType.Civil;

    public ObligationKind ObligationKind { get; init; } = ObligationKind.Private;

    public long Amount { get; init; }

    /// <summary>dien_bien: state changes except delegation.</summary>
    public List<(DateOnly Date, StatState State)> History { get; } = [];

    /// <summary>dieu_kien: true = CO (has conditions), false = KHONG (Art. 44a decision).</summary>
    public List<(DateOnly Date, bool HasConditions)> Conditions { get; } = [];

    public DateOnly? DelegatedOn { get; set; }

    public List<(DateOnly Date, long Amount)> Collected { get; } = [];

    public List<(DateOnly Date, long Amount)> Reduced { get; } = [];
}
