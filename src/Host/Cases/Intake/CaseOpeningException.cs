namespace Thads.Host.Cases.Intake;

/// <summary>
/// The case was valid but its process could not be started; the registration was withdrawn, so nothing of it is
/// left (except its audit). <see cref="OrphanCaseId"/> is set only if even the withdrawal failed.
/// </summary>
public sealed class CaseOpeningException(string message, Exception? inner, int? orphanCaseId = null) : Exception(message, inner)
{
    public int? OrphanCaseId { get; } = orphanCaseId;
}
