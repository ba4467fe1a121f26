using Thads.Enforcement.Cases;
using Thads.Enforcement.Legal.Status;

namespace Thads.Enforcement.Demo;

/// <summary>
/// Draws the demo cases: which state each one should reach, in which unit, with whose money, from one seeded
/// <see cref="Random"/> so that a seed always gives the same cases (dates move with today). Pure: no database, no clock.
/// </summary>
/// <remarks>
/// <see cref="DemoCaseSpec.Lag"/> per state, read by the Host when it drives the case there ("wd" = working days):
/// Intake, DecisionDraft, DecisionApproval: wd since the request arrived; Assignment: wd since the decision was
/// signed; Notification: wd since the executor was assigned; VoluntaryPeriod(Ending), Verifying, VerificationLate:
/// days since the debtor was notified; Executing(WithMoney), NoConditions, Reverification*: days since the first
/// verification; NoConditionsDecision: wd since the verification; NoConditionsPublication: wd since the Art. 44a
/// decision; Postponed, Suspended, Terminated, Completed, DelegatedToMilitary: days since that decision;
/// DelegatedOutPending, DelegatedInPending, HandoverPending: wd since the step that waits; DelegatedInAccepted: days
/// since the acceptance; ExemptionEligible, CarriedOverNoConditions: days since the enforcement decision.
/// </remarks>
public static class DemoCasePlanner
{
    /// <summary>The seed of the first-run demo data.</summary>
    public const int DefaultSeed = 2026;

    /// <summary>The first-run plan: every state at least once across the province and its two offices (about 50 cases).</summary>
    private static readonly (DemoCaseState State, string Unit, int Count)[] StandardRows =
    [
        (DemoCaseState.Intake, DemoOrganisation.Province, 1),
        (DemoCaseState.DecisionDraft, DemoOrganisation.Province, 1),
        (DemoCaseState.DecisionApproval, DemoOrganisation.Province, 2),
        (DemoCaseState.Assignment, DemoOrganisation.Province, 1),
        (DemoCaseState.Notification, DemoOrganisation.Province, 1),
        (DemoCaseState.VoluntaryPeriod, DemoOrganisation.Province, 1),
        (DemoCaseState.VoluntaryPeriodEnding, DemoOrganisation.Province, 1),
        (DemoCaseState.Verifying, DemoOrganisation.Province, 1),
        (DemoCaseState.VerificationLate, DemoOrganisation.Province, 2),
        (DemoCaseState.Executing, DemoOrganisation.Province, 1),
        (DemoCaseState.ExecutingWithMoney, DemoOrganisation.Province, 2),
        (DemoCaseState.NoConditionsDecision, DemoOrganisation.Province, 1),
        (DemoCaseState.NoConditionsPublication, DemoOrganisation.Province, 1),
        (DemoCaseState.NoConditions, DemoOrganisation.Province, 2),
        (DemoCaseState.ReverificationDue, DemoOrganisation.Province, 1),
        (DemoCaseState.ReverificationLate, DemoOrganisation.Province, 1),
        (DemoCaseState.Postponed, DemoOrganisation.Province, 1),
        (DemoCaseState.Suspended, DemoOrganisation.Province, 1),
        (DemoCaseState.Terminated, DemoOrganisation.Province, 1),
        (DemoCaseState.Completed, DemoOrganisation.Province, 2),
        (DemoCaseState.DelegatedToMilitary, DemoOrganisation.Province, 1),
        (DemoCaseState.DelegatedOutPending, DemoOrganisation.Province, 1),
        (DemoCaseState.HandoverPending, DemoOrganisation.Province, 2),
        (DemoCaseState.ExemptionEligible, DemoOrganisation.Province, 2),
        (DemoCaseState.CarriedOverNoConditions, DemoOrganisation.Province, 1),
        (DemoCaseState.Intake, DemoOrganisation.RegionalOffice1, 1),
        (DemoCaseState.DecisionApproval, DemoOrganisation.RegionalOffice1, 1),
        (DemoCaseState.Notification, DemoOrganisation.RegionalOffice1, 1),
        (DemoCaseState.VoluntaryPeriod, DemoOrganisation.RegionalOffice1, 1),
        (DemoCaseState.Verifying, DemoOrganisation.RegionalOffice1, 1),
        (DemoCaseState.VerificationLate, DemoOrganisation.RegionalOffice1, 1),
        (DemoCaseState.Executing, DemoOrganisation.RegionalOffice1, 1),
        (DemoCaseState.NoConditions, DemoOrganisation.RegionalOffice1, 1),
        (DemoCaseState.ReverificationDue, DemoOrganisation.RegionalOffice1, 1),
        (DemoCaseState.Completed, DemoOrganisation.RegionalOffice1, 1),
        (DemoCaseState.DecisionApproval, DemoOrganisation.RegionalOffice2, 1),
        (DemoCaseState.VoluntaryPeriodEnding, DemoOrganisation.RegionalOffice2, 1),
        (DemoCaseState.VerificationLate, DemoOrganisation.RegionalOffice2, 1),
        (DemoCaseState.ExecutingWithMoney, DemoOrganisation.RegionalOffice2, 1),
        (DemoCaseState.NoConditions, DemoOrganisation.RegionalOffice2, 1),
        (DemoCaseState.ReverificationLate, DemoOrganisation.RegionalOffice2, 1),
        (DemoCaseState.Completed, DemoOrganisation.RegionalOffice2, 1),
        (DemoCaseState.DelegatedInPending, DemoOrganisation.OtherProvince, 1),
        (DemoCaseState.DelegatedInAccepted, DemoOrganisation.OtherProvince, 1),
    ];

    private static readonly string[] PostponementGrounds = [LegalGroundCodes.PostponeIllness, LegalGroundCodes.PostponeByAgreement, LegalGroundCodes.PostponeAssetDispute];

    private static readonly string[] SuspensionGrounds = [LegalGroundCodes.SuspendOnBankruptcy, LegalGroundCodes.SuspendOnProtest];

    private static readonly string[] TerminationGrounds = [LegalGroundCodes.TerminateAgreementOrWaiver, LegalGroundCodes.TerminateDebtorDied];

    /// <summary>The first-run demo cases.</summary>
    public static IReadOnlyList<DemoCaseSpec> Standard(DateOnly today, int seed = DefaultSeed)
    {
        var random = new Random(seed);
        var plan = new List<DemoCaseSpec>();
        var perUnit = new Dictionary<string, int>(StringComparer.Ordinal);
        var executorTurn = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (state, unit, count) in StandardRows)
        {
            for (var i = 0; i < count; i++)
            {
                plan.Add(Draw(random, plan.Count + 1, state, unit, today, perUnit, executorTurn));
            }
        }

        return plan;
    }

    /// <summary>The range <see cref="DemoCaseSpec.Lag"/> is drawn from, inclusive; see the remarks for its unit.</summary>
    public static (int Min, int Max) LagRange(DemoCaseState state) => state switch
    {
        DemoCaseState.Intake => (0, 0),
        DemoCaseState.DecisionDraft => (0, 1),
        DemoCaseState.DecisionApproval => (1, 8),
        DemoCaseState.Assignment => (0, 2),
        DemoCaseState.Notification => (0, 4),
        DemoCaseState.VoluntaryPeriod => (1, 5),
        DemoCaseState.VoluntaryPeriodEnding => (8, 10),
        DemoCaseState.Verifying => (12, 16),
        DemoCaseState.VerificationLate => (24, 60),
        DemoCaseState.Executing => (10, 90),
        DemoCaseState.ExecutingWithMoney => (20, 120),
        DemoCaseState.NoConditionsDecision => (0, 2),
        DemoCaseState.NoConditionsPublication => (0, 2),
        DemoCaseState.NoConditions => (25, 150),
        // Six months after the verification the re-verification is due; the task opens 15 days before.
        DemoCaseState.ReverificationDue => (171, 176),
        DemoCaseState.ReverificationLate => (190, 215),
        DemoCaseState.Postponed or DemoCaseState.Suspended => (5, 60),
        DemoCaseState.Terminated or DemoCaseState.DelegatedToMilitary => (5, 90),
        DemoCaseState.Completed => (5, 120),
        DemoCaseState.DelegatedOutPending or DemoCaseState.DelegatedInPending => (0, 7),
        DemoCaseState.DelegatedInAccepted => (3, 15),
        DemoCaseState.HandoverPending => (0, 2),
        // More than five years since the decision (Art. 61 cl. 1), not yet ten.
        DemoCaseState.ExemptionEligible => (2_000, 2_300),
        DemoCaseState.CarriedOverNoConditions => (1_500, 1_750),
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>The executors who work on a unit's demo cases, in turn.</summary>
    public static IReadOnlyList<string> ExecutorsOf(string unitCode) => unitCode switch
    {
        DemoOrganisation.RegionalOffice1 => [DemoStaff.ExecutorDung, DemoStaff.ExecutorHanh],
        DemoOrganisation.RegionalOffice2 => [DemoStaff.ExecutorKhoa],
        DemoOrganisation.OtherProvince => [DemoStaff.ExecutorSang],
        _ => [DemoOrganisation.ExecutorAn, DemoOrganisation.ExecutorBinh],
    };

    private static DemoCaseSpec Draw(
        Random random, int sequence, DemoCaseState state, string unit, DateOnly today,
        Dictionary<string, int> perUnit, Dictionary<string, int> executorTurn)
    {
        var (min, max) = LagRange(state);
        var lag = random.Next(min, max + 1);
        var arrivalYear = today.AddDays(-ApproximateAgeDays(state, lag)).Year;
        var number = perUnit[unit] = perUnit.GetValueOrDefault(unit) + 1;
        var caseNumber = $"{ShortCode(unit)}-{arrivalYear}-{number:D4}";
        var executor = state == DemoCaseState.HandoverPending ? DemoStaff.ExecutorCuong : NextExecutor(unit, executorTurn);
        var carriedOver = state is DemoCaseState.ExemptionEligible or DemoCaseState.CarriedOverNoConditions;
        var type = carriedOver
            ? JudgmentType.Criminal
            : DemoNames.Pick(random, [JudgmentType.Civil, JudgmentType.Civil, JudgmentType.Civil, JudgmentType.BusinessCommercial, JudgmentType.Criminal, JudgmentType.MarriageAndFamily, JudgmentType.Labour]);
        // States that need a creditor to notify or delegate to keep a private debt; exemption needs state-budget only.
        var parties = new List<PartyInput>();
        var obligations = new List<ObligationInput>();
        var year = arrivalYear;
        if (carriedOver)
        {
            StateBudgetOnly(random, unit, state, sequence, parties, obligations);
        }
        else
        {
            Obligations(random, unit, type, parties, obligations);
        }

        var judgmentNumber = $"{random.Next(5, 320)}/{(random.Next(0, 3) == 0 ? year - 1 : year)}/{JudgmentCode(type)}";
        return new DemoCaseSpec
        {
            Sequence = sequence,
            CaseNumber = caseNumber,
            UnitCode = unit,
            State = state,
            Lag = lag,
            Executor = executor,
            IntakePath = obligations.Any(o => o.Kind == ObligationKind.Private) ? IntakePath.OnRequest : IntakePath.ExOfficio,
            JudgmentType = type,
            CourtName = DemoPlaces.Court(random, unit, year),
            JudgmentNumber = judgmentNumber,
            JudgmentLeadDays = random.Next(35, 120),
            Parties = parties,
            Obligations = obligations,
            NoConditionsReason = NoConditionsReasonFor(random, state, type),
            StatusGround = state switch
            {
                DemoCaseState.Postponed => DemoNames.Pick(random, PostponementGrounds),
                DemoCaseState.Suspended => DemoNames.Pick(random, SuspensionGrounds),
                DemoCaseState.Terminated => DemoNames.Pick(random, TerminationGrounds),
                _ => null,
            },
            DelegationTarget = state switch
            {
                DemoCaseState.DelegatedToMilitary => DemoOrganisation.MilitaryRegion,
                DemoCaseState.DelegatedOutPending => DemoOrganisation.OtherProvince,
                DemoCaseState.DelegatedInPending or DemoCaseState.DelegatedInAccepted => DemoOrganisation.Province,
                _ => null,
            },
        };
    }

    /// <summary>Roughly how many days before today the case arrived, only to give its number the right year.</summary>
    private static int ApproximateAgeDays(DemoCaseState state, int lag) => state switch
    {
        DemoCaseState.Intake or DemoCaseState.DecisionDraft or DemoCaseState.DecisionApproval => lag * 7 / 5,
        DemoCaseState.Assignment or DemoCaseState.Notification => lag * 7 / 5 + 3,
        DemoCaseState.VoluntaryPeriod or DemoCaseState.VoluntaryPeriodEnding or DemoCaseState.Verifying or DemoCaseState.VerificationLate => lag + 4,
        DemoCaseState.NoConditionsDecision or DemoCaseState.NoConditionsPublication => lag + 20,
        DemoCaseState.DelegatedOutPending or DemoCaseState.DelegatedInPending or DemoCaseState.HandoverPending => lag + 45,
        DemoCaseState.ExemptionEligible or DemoCaseState.CarriedOverNoConditions => lag + 30,
        _ => lag + 60,
    };

    private static string NextExecutor(string unit, Dictionary<string, int> turn)
    {
        var executors = ExecutorsOf(unit);
        var next = turn.GetValueOrDefault(unit);
        turn[unit] = next + 1;
        return executors[next % executors.Count];
    }

    public static string ShortCode(string unitCode) => unitCode switch
    {
        DemoOrganisation.RegionalOffice1 => "KV1",
        DemoOrganisation.RegionalOffice2 => "KV2",
        _ => unitCode,
    };

    private static string JudgmentCode(JudgmentType type) => type switch
    {
        JudgmentType.Criminal => "HS-ST",
        JudgmentType.BusinessCommercial => "KDTM-ST",
        JudgmentType.MarriageAndFamily => "HNGĐ-ST",
        JudgmentType.Labour => "LĐ-ST",
        _ => "DS-ST",
    };

    private static NoConditionsReason NoConditionsReasonFor(Random random, DemoCaseState state, JudgmentType type)
    {
        if (state is DemoCaseState.ExemptionEligible or DemoCaseState.CarriedOverNoConditions or DemoCaseState.ReverificationDue or DemoCaseState.ReverificationLate)
        {
            // The exemption rules (Art. 61) and the six-monthly cadence apply to "no income or assets".
            return NoConditionsReason.NoIncomeOrAssets;
        }

        return type == JudgmentType.Criminal && random.Next(0, 2) == 0 ? NoConditionsReason.ImprisonedNoIncomeOrAssets : NoConditionsReason.NoIncomeOrAssets;
    }

    private static void Obligations(Random random, string unit, JudgmentType type, List<PartyInput> parties, List<ObligationInput> obligations)
    {
        switch (type)
        {
            case JudgmentType.Criminal:
            {
                var victim = AddPerson(random, unit, parties, PartyRole.Creditor);
                var debtor = AddPerson(random, unit, parties, PartyRole.Debtor, female: random.Next(0, 5) == 0);
                obligations.Add(new ObligationInput(ObligationKind.Private, "Bồi thường thiệt hại cho người bị hại", Money(random, 15_000_000, 250_000_000), debtor) { CreditorIndex = victim });
                obligations.Add(new ObligationInput(ObligationKind.CourtFee, "Án phí hình sự sơ thẩm và án phí dân sự trong vụ án hình sự", 200_000 + Money(random, 500_000, 6_000_000), debtor));
                if (random.Next(0, 2) == 0)
                {
                    obligations.Add(new ObligationInput(ObligationKind.Fine, "Phạt tiền (hình phạt bổ sung)", Money(random, 5_000_000, 50_000_000), debtor));
                }

                break;
            }

            case JudgmentType.BusinessCommercial:
            {
                var creditor = AddCompany(random, unit, parties, PartyRole.Creditor);
                var debtor = AddCompany(random, unit, parties, PartyRole.Debtor);
                var debt = Money(random, 150_000_000, 2_500_000_000);
                obligations.Add(new ObligationInput(ObligationKind.Private, "Thanh toán tiền hàng và tiền lãi chậm thanh toán", debt, debtor) { CreditorIndex = creditor });
                obligations.Add(new ObligationInput(ObligationKind.CourtFee, "Án phí kinh doanh, thương mại sơ thẩm", CourtFee(debt), debtor));
                break;
            }

            case JudgmentType.MarriageAndFamily:
            {
                var creditor = AddPerson(random, unit, parties, PartyRole.Creditor, female: true);
                var debtor = AddPerson(random, unit, parties, PartyRole.Debtor, female: false);
                obligations.Add(new ObligationInput(ObligationKind.Private, "Cấp dưỡng nuôi con chung", Money(random, 24_000_000, 120_000_000), debtor) { CreditorIndex = creditor });
                obligations.Add(new ObligationInput(ObligationKind.CourtFee, "Án phí hôn nhân và gia đình sơ thẩm", 300_000, debtor));
                break;
            }

            case JudgmentType.Labour:
            {
                var creditor = AddPerson(random, unit, parties, PartyRole.Creditor);
                var debtor = AddCompany(random, unit, parties, PartyRole.Debtor);
                var wages = Money(random, 30_000_000, 220_000_000);
                obligations.Add(new ObligationInput(ObligationKind.Private, "Trả tiền lương, trợ cấp thôi việc và bồi thường do chấm dứt hợp đồng lao động trái pháp luật", wages, debtor) { CreditorIndex = creditor });
                obligations.Add(new ObligationInput(ObligationKind.CourtFee, "Án phí lao động sơ thẩm", CourtFee(wages) / 2, debtor));
                break;
            }

            default:
            {
                var creditor = AddPerson(random, unit, parties, PartyRole.Creditor);
                var debtor = AddPerson(random, unit, parties, PartyRole.Debtor);
                var debt = Money(random, 20_000_000, 900_000_000);
                var what = DemoNames.Pick(random, ["Trả nợ tiền vay và tiền lãi", "Bồi thường thiệt hại ngoài hợp đồng", "Trả tiền đặt cọc và tiền phạt cọc", "Thanh toán tiền mua bán tài sản"]);
                obligations.Add(new ObligationInput(ObligationKind.Private, what, debt, debtor) { CreditorIndex = creditor });
                obligations.Add(new ObligationInput(ObligationKind.CourtFee, "Án phí dân sự sơ thẩm", CourtFee(debt), debtor));
                break;
            }
        }
    }

    /// <summary>
    /// The carried-over cases: a criminal judgment whose debtor owes only the state budget, sized for Art. 61 — a small
    /// unpaid sum (exemption after five years), a larger one partly paid (reduction), or 2–5 million unpaid (ten years).
    /// </summary>
    private static void StateBudgetOnly(Random random, string unit, DemoCaseState state, int sequence, List<PartyInput> parties, List<ObligationInput> obligations)
    {
        var debtor = AddPerson(random, unit, parties, PartyRole.Debtor, female: false);
        obligations.Add(new ObligationInput(ObligationKind.CourtFee, "Án phí hình sự sơ thẩm", 200_000, debtor));
        var fine = state == DemoCaseState.CarriedOverNoConditions ? 3_500_000 : sequence % 2 == 0 ? 12_000_000 : 1_300_000;
        obligations.Add(new ObligationInput(ObligationKind.Fine, "Phạt tiền (hình phạt bổ sung)", fine, debtor));
    }

    private static int AddPerson(Random random, string unit, List<PartyInput> parties, PartyRole role, bool? female = null)
    {
        var isFemale = female ?? random.Next(0, 2) == 0;
        var born = random.Next(1955, 2002);
        parties.Add(new PartyInput(role, PartyKind.Person, DemoNames.Person(random, isFemale))
        {
            IdNumber = DemoNames.CitizenId(random, DemoPlaces.IdProvinceCode(unit), isFemale, born),
            Address = DemoPlaces.Address(random, unit),
            DateOfBirth = new DateOnly(born, random.Next(1, 13), random.Next(1, 29)),
        });
        return parties.Count - 1;
    }

    private static int AddCompany(Random random, string unit, List<PartyInput> parties, PartyRole role)
    {
        parties.Add(new PartyInput(role, PartyKind.Organisation, DemoNames.Company(random))
        {
            IdNumber = DemoNames.TaxCode(random),
            Address = DemoPlaces.Address(random, unit),
        });
        return parties.Count - 1;
    }

    /// <summary>A sum between the bounds, rounded to 100,000 VND as judgments usually are.</summary>
    private static long Money(Random random, long min, long max) => (min + (long)(random.NextDouble() * (max - min))) / 100_000 * 100_000;

    /// <summary>
    /// First-instance court fee on a money claim (Nghị quyết 326/2016/UBTVQH14, annex): 300,000 VND up to 6 million,
    /// 5 % up to 400 million, then 20 million plus 4 % of the excess up to 800 million, then 36 million plus 3 %.
    /// </summary>
    private static long CourtFee(long claim) => claim switch
    {
        <= 6_000_000 => 300_000,
        <= 400_000_000 => claim * 5 / 100 / 1_000 * 1_000,
        <= 800_000_000 => (20_000_000 + (claim - 400_000_000) * 4 / 100) / 1_000 * 1_000,
        _ => (36_000_000 + (claim - 800_000_000) * 3 / 100) / 1_000 * 1_000,
    };
}
