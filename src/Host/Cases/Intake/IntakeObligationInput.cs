namespace Thads.Host.Cases.Intake;

/// <summary>An obligation as typed or sent; parties are referred to by their position in the party list, from 0.</summary>
public sealed class IntakeObligationInput
{
    /// <summary><c>CourtFee</c>, <c>Fine</c>, <c>Confiscation</c>, <c>OtherStateRevenue</c> or <c>Private</c>.</summary>
    public string? Kind { get; set; }

    public string? Description { get; set; }

    /// <summary>Whole đồng; "1.500.000", "1 500 000" and "1500000" are read alike.</summary>
    public string? Amount { get; set; }

    public string? DebtorIndex { get; set; }

    public string? CreditorIndex { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(Amount);
}
