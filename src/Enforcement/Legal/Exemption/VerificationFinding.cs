namespace Thads.Enforcement.Legal.Exemption;

/// <summary>The latest verification of the debtor's conditions.</summary>
/// <param name="Date">The date of the verification record (biên bản xác minh).</param>
/// <param name="NoAssetsOrIncome">
/// The record concluded the ground of Art. 44a cl. 1 point a: no income (or only enough to live on) and no assets that
/// can be used. This is condition A of Art. 61 (domain README §3.2).
/// </param>
public sealed record VerificationFinding(DateOnly Date, bool NoAssetsOrIncome);
