namespace Thads.Enforcement.Legal.Exemption;

/// <summary>Art. 61 cl. 1 covers obligations of which nothing was paid, cl. 2–3 those partly paid.</summary>
public enum PaymentState
{
    NothingPaid,
    PartPaid,
}
