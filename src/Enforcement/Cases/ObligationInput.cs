namespace Thads.Enforcement.Cases;

/// <summary>An obligation to register with a case; parties are referred to by their index in <see cref="CaseIntake.Parties"/>.</summary>
/// <param name="Kind">State-budget kinds or private.</param>
/// <param name="Description">What is owed, as the judgment says.</param>
/// <param name="Amount">VND; must be positive.</param>
/// <param name="DebtorIndex">The debtor who owes it.</param>
public sealed record ObligationInput(ObligationKind Kind, string Description, long Amount, int DebtorIndex)
{
    /// <summary>Required for a private obligation, absent for the state budget.</summary>
    public int? CreditorIndex { get; init; }
}
