namespace Thads.Enforcement.PublicRegister;

/// <summary>
/// One published line of the list of debtors without conditions (Art. 44a; domain README §8): exactly the
/// published fields — no ID number, no creditor, no assets.
/// </summary>
public sealed record PublicDebtorEntry(
    string DebtorName,
    string? Address,
    string Obligation,
    long RemainingAmount,
    string EnforcingAgency,
    string DecisionNumber,
    DateOnly DecisionDate);
