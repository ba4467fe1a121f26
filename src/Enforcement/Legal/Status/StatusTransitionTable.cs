using static Thads.Enforcement.Legal.Status.EnforcementStatus;
using static Thads.Enforcement.Legal.Status.LegalGroundCodes;

namespace Thads.Enforcement.Legal.Status;

/// <summary>
/// The status changes the law allows (domain README §2.2–2.12), one row per (from, to) pair. Terminated, Completed
/// and Delegated have no way out: a terminated case ends by law (Art. 52 cl. 2), and a delegated case continues as
/// the receiving agency's new case.
/// </summary>
internal static class StatusTransitionTable
{
    /// <summary>The statuses from which nothing leads on.</summary>
    public static IReadOnlySet<EnforcementStatus> Final { get; } = new HashSet<EnforcementStatus> { Terminated, Completed, Delegated };

    public static IReadOnlyList<StatusTransition> Standard { get; } =
    [
        // Art. 36 / Art. 57: a case starts with an enforcement decision, on request, ex officio or on a received delegation.
        .. Rows([null], Accepted, "Art. 36 (decision), Art. 57 (received delegation)", DecisionOnRequest, DecisionExOfficio, DelegationReceived),
        // Former Art. 51 (2008): legacy state, imported only for requests returned before 01/07/2015.
        .. Rows([null, Verifying, Executing, Postponed], ReturnedLegacy, "Former Art. 51 Luật THADS 2008, repealed from 01/07/2015 by Law 64/2014", ReturnRequest2008),
        // Law 64/2014 Art. 2 cl. 2; ND 62 Art. 4 cl. 5: a returned request is reopened by a new decision.
        .. Rows([ReturnedLegacy], Accepted, "Law 64/2014 Art. 2 cl. 2; ND 62/2015 Art. 4 cl. 5 (new decision)", NewDecisionForReturnedRequest),

        // Art. 45: notice of the decision starts the voluntary period.
        .. Rows([Accepted], VoluntaryPeriod, "Art. 45 (voluntary period from receipt or due notice)", Notified),
        // Art. 44: urgent interim measures are verified immediately, without a voluntary period.
        .. Rows([Accepted], Verifying, "Art. 44 (interim measures verified immediately)", InterimMeasureVerification),
        // Art. 44: verification within 10 days after a voluntary period without performance.
        .. Rows([VoluntaryPeriod], Verifying, "Art. 44 (verification after the voluntary period)", VoluntaryPeriodEnded),
        // Art. 46: coercion against a debtor with conditions.
        .. Rows([Verifying], Executing, "Art. 46 (coercion after the voluntary period)", HasConditions),
        // Art. 44a cl. 1: the "no conditions" decision on one of its grounds.
        .. Rows([Verifying], NoConditions, "Art. 44a cl. 1 (no conditions decision)", NoIncomeOrAssets, ItemGone, AddressUnknown),
        // Art. 44 cl. 4: a re-verification finds conditions; enforcement resumes.
        .. Rows([NoConditions], Executing, "Art. 44 cl. 4 (re-verification found conditions)", ConditionsFound),

        // Art. 52 cl. 1: performance ends the case whenever it happens, except while suspended: no enforcement act
        // is taken during a suspension (Art. 49), so completion is recorded after continuation.
        .. Rows([Accepted, VoluntaryPeriod, Verifying, NoConditions, Executing, Postponed], Completed, "Art. 52 cl. 1 (fully performed)", Performed),

        // Art. 48: postponement once enforcement is organised and the debtor can be enforced against.
        .. Rows([Accepted, VoluntaryPeriod, Verifying, Executing], Postponed, "Art. 48 cl. 1–2 (postponement)",
            PostponeIllness, PostponeDebtorUnavailable, PostponeByAgreement, PostponeAssetDispute, PostponeCourtExplanation,
            PostponeRecipientAbsent, PostponeTransferBlocked, PostponeAssetUnsold, PostponeProtestRequest),
        // Art. 48 cl. 4: continuation returns the case to verification or execution.
        .. Rows([Postponed], Verifying, "Art. 48 cl. 4 (continuation)", ContinueAfterPostponement),
        .. Rows([Postponed], Executing, "Art. 48 cl. 4 (continuation)", ContinueAfterPostponement),

        // Art. 49: a protest or a bankruptcy petition suspends any case still open, "no conditions" and postponed ones included.
        .. Rows([Accepted, VoluntaryPeriod, Verifying, NoConditions, Executing, Postponed], Suspended, "Art. 49 (suspension)", SuspendOnProtest, SuspendOnBankruptcy),
        .. Rows([Suspended], Verifying, "Art. 49 (continuation)", ContinueAfterSuspension),
        .. Rows([Suspended], Executing, "Art. 49 (continuation)", ContinueAfterSuspension),

        // Art. 50 cl. 1: termination ends any open case (e.g. after an exemption decision, point e).
        .. Rows([Accepted, VoluntaryPeriod, Verifying, NoConditions, Executing, Postponed, Suspended], Terminated, "Art. 50 cl. 1 (termination)",
            TerminateDebtorDied, TerminateCreditorDied, TerminateAgreementOrWaiver, TerminateJudgmentAnnulled,
            TerminateOrganisationDissolved, TerminateExempted, TerminateBankruptcyOpened, TerminateMinorDiedOrOfAge),

        // Art. 55 cl. 1: the agency must delegate once the grounds are established (within a province only until 30/06/2025).
        .. Rows([Accepted, VoluntaryPeriod, Verifying, NoConditions, Executing], Delegated, "Art. 55 cl. 1 (delegation)", DelegateToAgency, DelegateWithinProvince),
    ];

    private static IEnumerable<StatusTransition> Rows(
        EnforcementStatus?[] from, EnforcementStatus to, string basis, params string[] grounds) =>
        from.Select(status => new StatusTransition(status, to, grounds, basis));
}
