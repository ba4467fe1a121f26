namespace Thads.Host.Cases.Intake;

/// <summary>A party as typed (page) or sent (API): text only, so a wrong value is refused by name, not by the JSON reader.</summary>
public sealed class IntakePartyInput
{
    /// <summary><c>Creditor</c>, <c>Debtor</c> or <c>Related</c>.</summary>
    public string? Role { get; set; }

    /// <summary><c>Person</c> or <c>Organisation</c>.</summary>
    public string? Kind { get; set; }

    public string? FullName { get; set; }

    public string? IdNumber { get; set; }

    public string? Address { get; set; }

    /// <summary>yyyy-MM-dd or dd/MM/yyyy; persons only.</summary>
    public string? DateOfBirth { get; set; }

    public bool IsBlank =>
        string.IsNullOrWhiteSpace(FullName) && string.IsNullOrWhiteSpace(IdNumber)
        && string.IsNullOrWhiteSpace(Address) && string.IsNullOrWhiteSpace(DateOfBirth);
}
