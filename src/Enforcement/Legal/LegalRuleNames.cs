namespace Thads.Enforcement.Legal;

/// <summary>The names of the deadline rules (domain README §4, §5.1); the CLI's <c>--rule</c> values.</summary>
public static class LegalRuleNames
{
    /// <summary>Issue the enforcement decision (Art. 36); default row: after a request.</summary>
    public const string Decision = "decision";

    /// <summary>Refuse a request in writing, within the same window as the decision (domain README §2.2).</summary>
    public const string Refusal = "refusal";

    /// <summary>Notify a decision or document to the parties (Art. 39).</summary>
    public const string Notify = "notify";

    /// <summary>End of the voluntary execution period (Art. 45).</summary>
    public const string Voluntary = "voluntary";

    /// <summary>First verification of the debtor's conditions, from the end of the voluntary period (Art. 44).</summary>
    public const string Verification = "verification";

    /// <summary>Periodic re-verification while the debtor has no conditions (Art. 44 cl. 4).</summary>
    public const string Reverification = "reverification";

    /// <summary>Tell the creditor the result after two verifications found no conditions (Art. 44 cl. 4).</summary>
    public const string CreditorNotice = "creditor-notice";

    /// <summary>Issue the "no conditions" decision after the verification result (Art. 44a; ND 62 Art. 9).</summary>
    public const string NoConditionsDecision = "no-conditions-decision";

    /// <summary>Issue a postponement decision (Art. 48 cl. 3).</summary>
    public const string Postponement = "postponement";

    /// <summary>Longest postponement at the request of a protest-holder (Art. 48 cl. 2).</summary>
    public const string PostponementLimit = "postponement-limit";

    /// <summary>Continue enforcement after a postponement (Art. 48 cl. 4).</summary>
    public const string PostponementContinuation = "postponement-continuation";

    /// <summary>Issue a suspension decision after the court's bankruptcy notice (Art. 49).</summary>
    public const string Suspension = "suspension";

    /// <summary>Continue enforcement after a suspension (Art. 49).</summary>
    public const string SuspensionContinuation = "suspension-continuation";

    /// <summary>Issue a termination decision (Art. 50 cl. 2).</summary>
    public const string Termination = "termination";

    /// <summary>Delegate (ủy thác) to the agency of the place of the debtor's assets or residence (Art. 55 cl. 3).</summary>
    public const string Delegation = "delegation";

    /// <summary>The receiving agency issues its own decision on a delegation it received (Art. 57).</summary>
    public const string DelegationAcceptance = "delegation-acceptance";

    /// <summary>Pay out money or assets collected (Art. 47).</summary>
    public const string Payout = "payout";

    /// <summary>Limitation period for requesting enforcement (Art. 30).</summary>
    public const string Limitation = "limitation";

    /// <summary>The procuracy's window to appeal a court exemption/reduction decision (Art. 64 cl. 1).</summary>
    public const string ExemptionAppeal = "exemption-appeal";
}
