namespace Thads.Enforcement.Cases;

/// <summary>A verification of the debtor's conditions to record (Art. 44).</summary>
/// <param name="VerifiedOn">The date of the verification record.</param>
/// <param name="Result">Conditions found or not.</param>
public sealed record VerificationInput(DateOnly VerifiedOn, VerificationResult Result)
{
    /// <summary>Required exactly when no conditions were found: the Art. 44a ground.</summary>
    public NoConditionsReason? NoConditionsReason { get; init; }

    /// <summary>The executor who verified; defaults to the case's executor.</summary>
    public string? ExecutorUserName { get; init; }

    public string? Notes { get; init; }
}
