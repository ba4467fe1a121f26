namespace Thads.Enforcement.Calendar;

/// <summary>What an administrator (or the seed) writes for one calendar date; see <see cref="CalendarDay"/>.</summary>
public sealed record CalendarDayInput(
    DateOnly Date,
    CalendarDayKind Kind,
    string Occasion,
    string LegalBasis,
    string? Source,
    CalendarConfirmation Confirmation);
