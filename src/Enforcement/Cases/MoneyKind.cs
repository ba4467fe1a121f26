namespace Thads.Enforcement.Cases;

/// <summary>
/// A movement of enforcement money. An executor holds what was collected until it is paid out (Art. 47) or handed to
/// another executor (domain README §2.13); <see cref="MoneyEntry.HeldEffect"/> gives each kind's sign.
/// </summary>
public enum MoneyKind
{
    /// <summary>Thu tiền: collected from the debtor towards an obligation, against a receipt (biên lai).</summary>
    Collected,

    /// <summary>Chi trả: paid out to a creditor or into the state budget (Art. 47).</summary>
    PaidOut,

    /// <summary>Trả lại: a surplus returned to the debtor (Art. 47).</summary>
    Returned,

    /// <summary>The debtor paid the creditor directly and the executor recorded it: counts towards the obligation, never held.</summary>
    PaidDirectly,

    /// <summary>Held money given to another executor in a handover.</summary>
    HandedOver,

    /// <summary>Held money received from another executor in a handover.</summary>
    ReceivedByHandover,
}
