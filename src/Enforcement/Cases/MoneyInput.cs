namespace Thads.Enforcement.Cases;

/// <summary>
/// A movement of money to record; the case's executor holds or gives out the money. Handover entries are made by
/// <see cref="CaseService.HandoverAsync"/> only.
/// </summary>
/// <param name="Kind">Collected, paid out, returned or paid directly.</param>
/// <param name="Amount">VND; must be positive.</param>
/// <param name="On">The day it happened.</param>
public sealed record MoneyInput(MoneyKind Kind, long Amount, DateOnly On)
{
    /// <summary>The receipt or payment slip; required for collected money.</summary>
    public string? ReceiptNumber { get; init; }

    /// <summary>Collected or paid directly: the obligation paid towards (required). Paid out: the state-budget obligation paid into the budget.</summary>
    public int? ObligationId { get; init; }

    /// <summary>Paid out: the creditor paid. Returned: the debtor refunded.</summary>
    public int? PartyId { get; init; }
}
