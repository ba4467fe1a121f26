using Thads.Enforcement.Organisation;

namespace Thads.Enforcement.Cases;

/// <summary>
/// One movement of enforcement money on a case (table <c>thads_money</c>), never edited: a mistake is corrected by a
/// new entry. Invariant kept by <see cref="CaseService"/>: on every case, paid out + returned ≤ collected, and no
/// executor holds a negative amount.
/// </summary>
public sealed class MoneyEntry : ICaseRecord
{
    public int Id { get; set; }

    public int CaseId { get; set; }

    public MoneyKind Kind { get; set; }

    /// <summary>VND, always positive; <see cref="HeldEffect"/> gives the sign.</summary>
    public long Amount { get; set; }

    public DateOnly On { get; set; }

    /// <summary>The receipt (biên lai) or payment slip number.</summary>
    public string? ReceiptNumber { get; set; }

    /// <summary>The executor whose held money this changes; null for <see cref="MoneyKind.PaidDirectly"/>.</summary>
    public int? HolderId { get; set; }

    public StaffMember? Holder { get; set; }

    /// <summary>The obligation paid towards (collected, paid directly) or settled (paid into the state budget).</summary>
    public int? ObligationId { get; set; }

    /// <summary>Who received the money: the creditor paid, the debtor refunded.</summary>
    public int? PartyId { get; set; }

    /// <summary>The handover that moved this money.</summary>
    public int? HandoverId { get; set; }

    public Handover? Handover { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public string RecordedBy { get; set; } = string.Empty;

    /// <summary>How the entry changes what <see cref="Holder"/> holds on the case.</summary>
    public long HeldEffect => Kind switch
    {
        MoneyKind.Collected or MoneyKind.ReceivedByHandover => Amount,
        MoneyKind.PaidOut or MoneyKind.Returned or MoneyKind.HandedOver => -Amount,
        _ => 0,
    };

    int? ICaseRecord.AuditCaseId => CaseId;
}
