namespace Thads.Enforcement.Cases;

/// <summary>
/// One refused value. <see cref="Field"/> is the input's property path for the form (<c>Parties</c>,
/// <c>Obligations[1].Amount</c>); <see cref="Message"/> is Vietnamese and starts with the field's Vietnamese name.
/// </summary>
public sealed record CaseValidationError(string Field, string Message);
