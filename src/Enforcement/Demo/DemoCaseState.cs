namespace Thads.Enforcement.Demo;

/// <summary>
/// Where a demo case stands when the demo data has been created: every step of the standard processes a newcomer
/// should be able to click on. The Host drives each case there through the real case service and workflow engine.
/// </summary>
public enum DemoCaseState
{
    /// <summary>Registered, the intake form is open (Hồ sơ mới).</summary>
    Intake,

    /// <summary>Received, the enforcement decision is being drafted.</summary>
    DecisionDraft,

    /// <summary>Drafted, waiting for the head's signature (some past the 5 working days of Art. 36).</summary>
    DecisionApproval,

    /// <summary>Decision signed, no executor yet.</summary>
    Assignment,

    /// <summary>Executor assigned, the debtor not yet notified (Art. 39).</summary>
    Notification,

    /// <summary>In the 10-day voluntary period (Art. 45).</summary>
    VoluntaryPeriod,

    /// <summary>In the voluntary period, which ends within three days.</summary>
    VoluntaryPeriodEnding,

    /// <summary>Voluntary period over, verification not yet due (Art. 44).</summary>
    Verifying,

    /// <summary>Verification past its deadline (warning W7a).</summary>
    VerificationLate,

    /// <summary>Conditions found, being executed, nothing collected yet.</summary>
    Executing,

    /// <summary>Being executed, money collected and partly paid out (Art. 47).</summary>
    ExecutingWithMoney,

    /// <summary>No conditions found, the Art. 44a decision waits for the head.</summary>
    NoConditionsDecision,

    /// <summary>Art. 44a decision signed, waiting for publication.</summary>
    NoConditionsPublication,

    /// <summary>Published without conditions (Art. 44a): on the public register.</summary>
    NoConditions,

    /// <summary>Without conditions, the periodic re-verification is open and due soon (Art. 44 cl. 4).</summary>
    ReverificationDue,

    /// <summary>Without conditions, the re-verification is past due (warning W7b).</summary>
    ReverificationLate,

    /// <summary>Postponed (Art. 48), waiting for the ground to end.</summary>
    Postponed,

    /// <summary>Suspended (Art. 49).</summary>
    Suspended,

    /// <summary>Terminated (Art. 50).</summary>
    Terminated,

    /// <summary>Completed: everything collected and paid out (Art. 52).</summary>
    Completed,

    /// <summary>Delegated to a military-region agency, which accepted it (Arts. 55–57).</summary>
    DelegatedToMilitary,

    /// <summary>Delegated to another province, acceptance pending there.</summary>
    DelegatedOutPending,

    /// <summary>Received by delegation from another province, waiting for our acceptance.</summary>
    DelegatedInPending,

    /// <summary>Received by delegation and accepted; our own process runs.</summary>
    DelegatedInAccepted,

    /// <summary>A leaving executor's cases and held money wait for the leader's handover approval (§2.13).</summary>
    HandoverPending,

    /// <summary>Carried over from the old system, without conditions for more than five years: exemption proposal open (Art. 61).</summary>
    ExemptionEligible,

    /// <summary>Carried over, without conditions, re-verification cycle running; not yet eligible for exemption.</summary>
    CarriedOverNoConditions,
}
