using Thads.Enforcement.Legal.Exemption;

namespace Thads.Enforcement.Cases;

/// <summary>
/// One thing the debtor must pay under the decision (table <c>thads_obligations</c>), in whole VND. <see cref="Paid"/>
/// is kept equal to the collected and directly-paid money entries towards it.
/// </summary>
public sealed class Obligation : ICaseRecord
{
    public int Id { get; set; }

    public int CaseId { get; set; }

    public ObligationKind Kind { get; set; }

    public string Description { get; set; } = string.Empty;

    /// <summary>The amount in the decision, VND; always positive.</summary>
    public long Amount { get; set; }

    /// <summary>What has been paid towards it so far, VND.</summary>
    public long Paid { get; set; }

    public int DebtorPartyId { get; set; }

    public Party? Debtor { get; set; }

    /// <summary>The creditor of a private obligation; null for the state budget.</summary>
    public int? CreditorPartyId { get; set; }

    public Party? Creditor { get; set; }

    public long Remaining => Amount - Paid;

    public ObligationPayee Payee => Kind == ObligationKind.Private ? ObligationPayee.Private : ObligationPayee.StateBudget;

    public bool IsStateBudget => Payee == ObligationPayee.StateBudget;

    int? ICaseRecord.AuditCaseId => CaseId;
}
