namespace Thads.Workflows.Runtime;

/// <summary>
/// Someone else changed the same instance first (two users completing one task, a timer racing a user),
/// or the thing acted on is no longer in the expected state. Nothing was changed; reload and decide again.
/// </summary>
public sealed class WorkflowConflictException(string message, Exception? inner = null) : Exception(message, inner);
