namespace Thads.Enforcement.Cases;

/// <summary>
/// How a case entered the agency's books, which the statistics split on (domain README §6.3a columns 2–3, §6.4 CO
/// and NEW). Whether a case is "carried over" in a given statistical year follows from <see cref="EnforcementCase.AcceptedOn"/>;
/// <see cref="CarriedOver"/> marks the backlog imported with its history (accepted before the system was used).
/// </summary>
public enum AcceptanceKind
{
    /// <summary>Thụ lý mới: a new enforcement decision of this agency.</summary>
    New,

    /// <summary>Năm trước chuyển sang: a case accepted before the system, imported as the carried-over backlog.</summary>
    CarriedOver,

    /// <summary>Nhận ủy thác: opened on a delegation received from another agency; counted as new by the receiver (§2.12).</summary>
    ReceivedByDelegation,
}
