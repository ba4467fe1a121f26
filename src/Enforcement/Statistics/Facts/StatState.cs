namespace Thads.Enforcement.Statistics.Facts;

/// <summary>
/// Where a case stands for the statistics (domain README §6.3a "classification"), one letter each in a
/// <see cref="Timeline"/>. The first five are open states; the last four end the case in the books of its unit.
/// </summary>
public enum StatState : byte
{
    /// <summary>W: đang thi hành (accepted, notified, verifying or executing).</summary>
    InProgress,

    /// <summary>H: hoãn (Art. 48), with conditions by default (§6.3a).</summary>
    Postponed,

    /// <summary>T: tạm đình chỉ (Art. 49), with conditions by default (§6.3a).</summary>
    Suspended,

    /// <summary>K: trường hợp khác: with conditions, in none of the named states (only from a register).</summary>
    Other,

    /// <summary>N: a 44a "no conditions" decision is in force (§6.3a, [C]).</summary>
    NoConditions,

    /// <summary>X: thi hành xong (Art. 52 cl. 1).</summary>
    Completed,

    /// <summary>D: đình chỉ (Art. 50); counted as completed (GSO, §6.4).</summary>
    Terminated,

    /// <summary>U: ủy thác đi (Arts. 55–57): leaves the sender's "to execute" (§2.12).</summary>
    DelegatedOut,

    /// <summary>R: other removals: rút lên (taken over by the province), revoked decision, returned legacy request (§6.4 RM).</summary>
    Removed,
}
