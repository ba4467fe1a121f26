namespace Thads.Enforcement.Organisation;

/// <summary>One refused value: <see cref="Field"/> is the input's property name (for the form), the message is Vietnamese and names it too.</summary>
public sealed record OrganisationValidationError(string Field, string Message);
