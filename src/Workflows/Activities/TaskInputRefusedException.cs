namespace Thads.Workflows.Activities;

/// <summary>
/// Thrown by <see cref="IResumableActivity.ResumeAsync"/> when what the person entered cannot be accepted
/// (they may not approve this case, the amount does not balance…). The engine then changes nothing: the
/// task stays open and the caller of <c>CompleteTaskAsync</c> gets this exception to show next to the form.
/// </summary>
public sealed class TaskInputRefusedException(string message, IReadOnlyList<KeyValuePair<string, string>>? fieldErrors = null) : Exception(message)
{
    /// <summary>Field name → message, for showing each error next to its field.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> FieldErrors { get; } = fieldErrors ?? [];
}
