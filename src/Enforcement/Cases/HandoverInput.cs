namespace Thads.Enforcement.Cases;

/// <summary>A handover of cases and held money between executors.</summary>
/// <param name="FromExecutorUserName">The executor giving the cases (may have left: inactive).</param>
/// <param name="ToExecutorUserName">The active executor receiving them.</param>
/// <param name="CaseIds">The cases handed over; each must be assigned to the giving executor.</param>
/// <param name="MoneyAmount">The money handed over as counted in the handover record, VND; must equal what the system computes.</param>
/// <param name="On">The day of the handover.</param>
public sealed record HandoverInput(string FromExecutorUserName, string ToExecutorUserName, IReadOnlyList<int> CaseIds, long MoneyAmount, DateOnly On)
{
    public string? Reason { get; init; }
}
