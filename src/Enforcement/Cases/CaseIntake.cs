namespace Thads.Enforcement.Cases;

/// <summary>What registering a case needs: the unit, the judgment enforced, the parties and their obligations.</summary>
/// <param name="UnitCode">The owning unit's <see cref="Organisation.Unit.Code"/>.</param>
/// <param name="CaseNumber">The register number, unique in the unit.</param>
/// <param name="IntakePath">Ex officio or on request (Art. 36).</param>
/// <param name="JudgmentType">For the statistics breakdown.</param>
/// <param name="CourtName">The court that issued the judgment.</param>
/// <param name="JudgmentNumber">The judgment's number.</param>
/// <param name="JudgmentDate">The judgment's date; null is refused as missing.</param>
/// <param name="Parties">At least one debtor; a creditor for every private obligation.</param>
/// <param name="Obligations">Each refers to its debtor (and creditor) by index in <paramref name="Parties"/>.</param>
public sealed record CaseIntake(
    string UnitCode,
    string CaseNumber,
    IntakePath IntakePath,
    JudgmentType JudgmentType,
    string CourtName,
    string JudgmentNumber,
    DateOnly? JudgmentDate,
    IReadOnlyList<PartyInput> Parties,
    IReadOnlyList<ObligationInput> Obligations)
{
    /// <summary><see cref="AcceptanceKind.New"/> or, for the imported backlog, <see cref="AcceptanceKind.CarriedOver"/>.</summary>
    public AcceptanceKind AcceptanceKind { get; init; } = AcceptanceKind.New;

    public DateOnly? JudgmentEffectiveDate { get; init; }

    /// <summary>Ex officio: the day the judgment was received from the court.</summary>
    public DateOnly? JudgmentReceivedOn { get; init; }

    /// <summary>On request: required.</summary>
    public DateOnly? RequestReceivedOn { get; init; }

    /// <summary>On request: required.</summary>
    public string? RequesterName { get; init; }
}
