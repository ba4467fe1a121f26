namespace Thads.Enforcement.Legal.Status;

/// <summary>The codes of the legal grounds of status changes (article.clause.point of VBHN 12/2014 where the reference gives them).</summary>
public static class LegalGroundCodes
{
    public const string DecisionOnRequest = "36.request";
    public const string DecisionExOfficio = "36.ex-officio";
    public const string DelegationReceived = "57.delegation-received";
    public const string NewDecisionForReturnedRequest = "new-decision.returned-request";

    public const string Notified = "45.notified";
    public const string VoluntaryPeriodEnded = "44.voluntary-period-ended";
    public const string InterimMeasureVerification = "44.interim-measure";
    public const string HasConditions = "46.has-conditions";

    public const string NoIncomeOrAssets = "44a.1.a";
    public const string ItemGone = "44a.1.b";
    public const string AddressUnknown = "44a.1.c";
    public const string ConditionsFound = "44.conditions-found";

    public const string Performed = "52.1";

    public const string PostponeIllness = "48.1.a";
    public const string PostponeDebtorUnavailable = "48.1.b";
    public const string PostponeByAgreement = "48.1.c";
    public const string PostponeAssetDispute = "48.1.d";
    public const string PostponeCourtExplanation = "48.1.đ";
    public const string PostponeRecipientAbsent = "48.1.e";
    public const string PostponeTransferBlocked = "48.1.g";
    public const string PostponeAssetUnsold = "48.1.h";
    public const string PostponeProtestRequest = "48.2";
    public const string ContinueAfterPostponement = "48.4";

    public const string SuspendOnProtest = "49.protest";
    public const string SuspendOnBankruptcy = "49.bankruptcy";
    public const string ContinueAfterSuspension = "49.continuation";

    public const string TerminateDebtorDied = "50.1.a";
    public const string TerminateCreditorDied = "50.1.b";
    public const string TerminateAgreementOrWaiver = "50.1.c";
    public const string TerminateJudgmentAnnulled = "50.1.d";
    public const string TerminateOrganisationDissolved = "50.1.đ";
    public const string TerminateExempted = "50.1.e";
    public const string TerminateBankruptcyOpened = "50.1.g";
    public const string TerminateMinorDiedOrOfAge = "50.1.h";

    public const string DelegateToAgency = "55.1";
    public const string DelegateWithinProvince = "55.1.same-province";

    public const string ReturnRequest2008 = "51.2008";
}
