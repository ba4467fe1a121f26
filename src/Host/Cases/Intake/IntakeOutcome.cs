namespace Thads.Host.Cases.Intake;

/// <summary>
/// What became of an intake: the case opened, or the refusals by field (nothing saved), or the unit was outside
/// the user's scope, or the process could not start (nothing saved either).
/// </summary>
public sealed record IntakeOutcome(
    CaseOpened? Opened,
    IReadOnlyList<KeyValuePair<string, string>> Errors,
    bool UnitOutOfScope = false,
    string? Failure = null)
{
    public bool Succeeded => Opened is not null;
}
