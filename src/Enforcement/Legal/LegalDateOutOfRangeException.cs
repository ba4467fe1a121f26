namespace Thads.Enforcement.Legal;

/// <summary>An event date before the first encoded version of a legal table.</summary>
public sealed class LegalDateOutOfRangeException(DateOnly date, string message) : ArgumentException(message)
{
    public DateOnly Date { get; } = date;
}
