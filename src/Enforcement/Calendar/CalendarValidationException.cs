namespace Thads.Enforcement.Calendar;

/// <summary>A calendar edit was refused; nothing was saved.</summary>
public sealed class CalendarValidationException(IReadOnlyList<CalendarValidationError> errors)
    : Exception(string.Join(Environment.NewLine, errors.Select(error => error.Message)))
{
    public IReadOnlyList<CalendarValidationError> Errors { get; } = errors;
}
