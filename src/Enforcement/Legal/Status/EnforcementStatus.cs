namespace Thads.Enforcement.Legal.Status;

/// <summary>The legal state of an enforcement case (one enforcement decision), domain README §2.</summary>
public enum EnforcementStatus
{
    /// <summary>Thụ lý: the enforcement decision is issued (Art. 36, or Art. 57 for a received delegation).</summary>
    Accepted,

    /// <summary>The debtor was notified; the voluntary period runs (Art. 45).</summary>
    VoluntaryPeriod,

    /// <summary>The executor verifies the debtor's conditions (Art. 44).</summary>
    Verifying,

    /// <summary>A "no conditions" decision is in force (Art. 44a); re-verified periodically (Art. 44 cl. 4).</summary>
    NoConditions,

    /// <summary>Enforcement is being organised, coercion included (Arts. 46, 71).</summary>
    Executing,

    /// <summary>Hoãn (Art. 48).</summary>
    Postponed,

    /// <summary>Tạm đình chỉ (Art. 49).</summary>
    Suspended,

    /// <summary>Đình chỉ (Art. 50); the case ends (Art. 52 cl. 2) and statistics count it as completed.</summary>
    Terminated,

    /// <summary>Thi hành xong: the parties performed their rights and obligations (Art. 52 cl. 1).</summary>
    Completed,

    /// <summary>Ủy thác to another agency (Arts. 55–57); the receiving agency opens its own case.</summary>
    Delegated,

    /// <summary>
    /// Trả đơn under the former Art. 51, repealed from 01/07/2015: exists only for requests returned before that date
    /// (imported legacy state), which a new enforcement decision can reopen (domain README §2.10).
    /// </summary>
    ReturnedLegacy,
}
