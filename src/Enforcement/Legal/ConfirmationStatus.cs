namespace Thads.Enforcement.Legal;

/// <summary>
/// How far a legal fact has been checked. The domain reference ships unverified values as defaults to be confirmed
/// against the official text (domain README, tags); every row that is not <see cref="Confirmed"/> needs review.
/// </summary>
public enum ConfirmationStatus
{
    /// <summary>Tagged <c>[C]</c> in the domain reference: checked against the public source cited there.</summary>
    Confirmed,

    /// <summary>Tagged <c>[unconfirmed]</c> or <c>[req]</c>: a default setting until someone checks the official text.</summary>
    Unconfirmed,

    /// <summary>
    /// A value of the previous law kept in a newer version because the newer text was not available (Law 106/2025,
    /// domain README §0.3.1: "where the new values are not confirmed, carry the old ones forward").
    /// </summary>
    CarriedForward,
}
