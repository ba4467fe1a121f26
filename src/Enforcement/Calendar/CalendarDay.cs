namespace Thads.Enforcement.Calendar;

/// <summary>
/// One dated exception to the Monday–Friday working week (table <c>thads_calendar_days</c>, one row per date).
/// Holidays are data, not code (domain README §5.2): administrators maintain these rows through
/// <see cref="CalendarService"/>.
/// </summary>
public sealed class CalendarDay
{
    public int Id { get; set; }

    public DateOnly Date { get; set; }

    public CalendarDayKind Kind { get; set; }

    /// <summary>The occasion in Vietnamese, e.g. "Tết Nguyên đán Bính Ngọ".</summary>
    public string Occasion { get; set; } = string.Empty;

    /// <summary>The legal basis: article of law and/or announcement number.</summary>
    public string LegalBasis { get; set; } = string.Empty;

    /// <summary>Where the basis was read (URL of the announcement or the report of it).</summary>
    public string? Source { get; set; }

    public CalendarConfirmation Confirmation { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    /// <summary>The last change; equal to <see cref="CreatedAt"/> until the row is edited.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = string.Empty;
}
