namespace Thads.Host.Cases.Intake;

/// <summary>
/// A new case as the intake page or <c>POST /api/cases</c> receives it, before it is read into a
/// <see cref="Thads.Enforcement.Cases.CaseIntake"/>. Field names are those of the domain's refusals
/// (<c>CaseNumber</c>, <c>Parties[1].FullName</c>, <c>Obligations[0].Amount</c>), so every error lands on its field.
/// </summary>
public sealed class IntakeInput
{
    public string? UnitCode { get; set; }

    public string? CaseNumber { get; set; }

    /// <summary><c>OnRequest</c> or <c>ExOfficio</c>.</summary>
    public string? IntakePath { get; set; }

    /// <summary>A <see cref="Thads.Enforcement.Cases.JudgmentType"/> name.</summary>
    public string? JudgmentType { get; set; }

    public string? CourtName { get; set; }

    public string? JudgmentNumber { get; set; }

    public string? JudgmentDate { get; set; }

    public string? JudgmentEffectiveDate { get; set; }

    /// <summary>Ex officio: the day the judgment arrived.</summary>
    public string? JudgmentReceivedOn { get; set; }

    /// <summary>On request: the day the request arrived.</summary>
    public string? RequestReceivedOn { get; set; }

    public string? RequesterName { get; set; }

    public List<IntakePartyInput> Parties { get; set; } = [];

    public List<IntakeObligationInput> Obligations { get; set; } = [];
}
