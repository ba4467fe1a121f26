namespace Thads.Enforcement.Cases;

/// <summary>A party to register with a case.</summary>
public sealed record PartyInput(PartyRole Role, PartyKind Kind, string FullName)
{
    public string? IdNumber { get; init; }

    public string? Address { get; init; }

    /// <summary>Persons only.</summary>
    public DateOnly? DateOfBirth { get; init; }
}
