namespace Thads.Enforcement.Cases;

/// <summary>A creditor, debtor or related person or organisation of a case (table <c>thads_parties</c>).</summary>
public sealed class Party : ICaseRecord
{
    public int Id { get; set; }

    public int CaseId { get; set; }

    public PartyRole Role { get; set; }

    public PartyKind Kind { get; set; }

    public string FullName { get; set; } = string.Empty;

    /// <summary>CCCD/CMND (or passport) for a person, tax code (MST) for an organisation; unknown for some debtors.</summary>
    public string? IdNumber { get; set; }

    public string? Address { get; set; }

    /// <summary>Persons only.</summary>
    public DateOnly? DateOfBirth { get; set; }

    int? ICaseRecord.AuditCaseId => CaseId;
}
