namespace Thads.Enforcement.Calendar;

/// <summary>One refused value: <see cref="Field"/> is the property name (for the form), the message is Vietnamese and names it too.</summary>
public sealed record CalendarValidationError(string Field, string Message);
