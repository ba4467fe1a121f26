namespace Thads.Enforcement.Organisation;

/// <summary>A change to a unit or a staff member was refused; nothing was saved.</summary>
public sealed class OrganisationValidationException(IReadOnlyList<OrganisationValidationError> errors)
    : Exception(string.Join(Environment.NewLine, errors.Select(error => error.Message)))
{
    public IReadOnlyList<OrganisationValidationError> Errors { get; } = errors;
}
