namespace Thads.Host.Cases;

/// <summary>The answer of <see cref="CaseGate"/>: the case exists and the user may see it, or why not.</summary>
public enum CaseAccess
{
    Allowed,
    NotFound,
    Forbidden,
}
