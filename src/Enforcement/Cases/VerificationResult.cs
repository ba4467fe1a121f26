namespace Thads.Enforcement.Cases;

/// <summary>What a verification of the debtor's conditions concluded (Art. 44).</summary>
public enum VerificationResult
{
    /// <summary>Có điều kiện thi hành án: the debtor has income or assets to enforce against.</summary>
    HasConditions,

    /// <summary>Chưa có điều kiện thi hành án: one of the grounds of Art. 44a cl. 1 applies.</summary>
    NoConditions,
}
