namespace Thads.Enforcement.Cases;

/// <summary>A change to a case was refused; nothing was saved.</summary>
public sealed class CaseValidationException(IReadOnlyList<CaseValidationError> errors)
    : Exception(string.Join(Environment.NewLine, errors.Select(error => error.Message)))
{
    public IReadOnlyList<CaseValidationError> Errors { get; } = errors;
}
