using Thads.Enforcement.Calendar;
using Thads.Enforcement.Organisation;

namespace Thads.Host.Admin;

/// <summary>
/// An administration change was refused for its values; nothing was saved (HTTP 400 with the errors by field). The
/// domain's own validation exceptions are turned into this one, so pages and endpoints handle a single kind.
/// </summary>
public sealed class AdminValidationException(IReadOnlyList<AdminFieldError> errors)
    : Exception(string.Join(Environment.NewLine, errors.Select(e => e.Message)))
{
    public AdminValidationException(string field, string message)
        : this([new AdminFieldError(field, message)])
    {
    }

    public IReadOnlyList<AdminFieldError> Errors { get; } = errors;

    public static AdminValidationException From(OrganisationValidationException exception) =>
        new(exception.Errors.Select(e => new AdminFieldError(e.Field, e.Message)).ToList());

    public static AdminValidationException From(CalendarValidationException exception) =>
        new(exception.Errors.Select(e => new AdminFieldError(e.Field, e.Message)).ToList());
}
