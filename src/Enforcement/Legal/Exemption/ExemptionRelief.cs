namespace Thads.Enforcement.Legal.Exemption;

public enum ExemptionRelief
{
    /// <summary>Miễn: the whole obligation, or the whole remainder, is lifted.</summary>
    Exemption,

    /// <summary>Giảm: part of the remainder is lifted.</summary>
    Reduction,
}
