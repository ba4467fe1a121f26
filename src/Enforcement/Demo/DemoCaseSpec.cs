using Thads.Enforcement.Cases;

namespace Thads.Enforcement.Demo;

/// <summary>
/// One demo case as the planner drew it: who, what is owed, which judgment, and where it should stand now. Dates are
/// not fixed here: <see cref="Lag"/> says how long ago the case reached its state (its meaning per state is
/// documented on <see cref="DemoCasePlanner"/>), and the Host derives every date from it and today's date.
/// </summary>
public sealed record DemoCaseSpec
{
    /// <summary>1-based position in the plan; unique within it.</summary>
    public required int Sequence { get; init; }

    public required string CaseNumber { get; init; }

    public required string UnitCode { get; init; }

    public required DemoCaseState State { get; init; }

    /// <summary>How long ago (days or working days, per state) the case reached <see cref="State"/>.</summary>
    public required int Lag { get; init; }

    /// <summary>The executor's user name, of <see cref="UnitCode"/> or a unit under it.</summary>
    public required string Executor { get; init; }

    public required IntakePath IntakePath { get; init; }

    public required JudgmentType JudgmentType { get; init; }

    public required string CourtName { get; init; }

    public required string JudgmentNumber { get; init; }

    /// <summary>Days between the judgment and the arrival of the request or judgment at the agency.</summary>
    public required int JudgmentLeadDays { get; init; }

    /// <summary>Creditors first (if any), then the debtor.</summary>
    public required IReadOnlyList<PartyInput> Parties { get; init; }

    public required IReadOnlyList<ObligationInput> Obligations { get; init; }

    /// <summary>The Art. 44a ground found by the verification, for states without conditions.</summary>
    public NoConditionsReason NoConditionsReason { get; init; } = NoConditionsReason.NoIncomeOrAssets;

    /// <summary>The Art. 48, 49 or 50 ground code for postponed, suspended and terminated cases.</summary>
    public string? StatusGround { get; init; }

    /// <summary>The receiving agency of a delegated case.</summary>
    public string? DelegationTarget { get; init; }

    /// <summary>The creditor, or the debtor when only the state budget is owed.</summary>
    public PartyInput Requester => Parties.FirstOrDefault(p => p.Role == PartyRole.Creditor) ?? Debtor;

    public PartyInput Debtor => Parties.First(p => p.Role == PartyRole.Debtor);

    public long Total => Obligations.Sum(o => o.Amount);

    /// <summary>What the intake officer registers when the request (or the judgment) arrives on <paramref name="arrivedOn"/>.</summary>
    public CaseIntake IntakeOn(DateOnly arrivedOn, AcceptanceKind acceptance = AcceptanceKind.New)
    {
        var judgmentDate = arrivedOn.AddDays(-JudgmentLeadDays);
        // An appeal can be lodged for 15 days (30 for the procuracy); the judgment takes effect afterwards.
        var effective = judgmentDate.AddDays(Math.Min(31, Math.Max(1, JudgmentLeadDays - 1)));
        var onRequest = IntakePath == IntakePath.OnRequest;
        return new CaseIntake(UnitCode, CaseNumber, IntakePath, JudgmentType, CourtName, JudgmentNumber, judgmentDate, Parties, Obligations)
        {
            AcceptanceKind = acceptance,
            JudgmentEffectiveDate = effective,
            RequestReceivedOn = onRequest ? arrivedOn : null,
            RequesterName = onRequest ? Requester.FullName : null,
            JudgmentReceivedOn = onRequest ? null : arrivedOn,
        };
    }
}
