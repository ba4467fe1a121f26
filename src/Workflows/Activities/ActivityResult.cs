namespace Thads.Workflows.Activities;

public sealed class ActivityResult
{
    private ActivityResult(ActivityResultKind kind, string? errorCode, string? message, HumanTaskRequest? task = null)
    {
        Kind = kind;
        ErrorCode = errorCode;
        Message = message;
        Task = task;
    }

    public static ActivityResult Completed { get; } = new(ActivityResultKind.Completed, null, null);

    public ActivityResultKind Kind { get; }

    public string? ErrorCode { get; }

    public string? Message { get; }

    /// <summary>The task to create when <see cref="Kind"/> is <see cref="ActivityResultKind.WaitingForTask"/>.</summary>
    public HumanTaskRequest? Task { get; }

    public static ActivityResult Error(string errorCode, string? message = null) => new(ActivityResultKind.BpmnError, errorCode, message);

    public static ActivityResult Fault(string message) => new(ActivityResultKind.Faulted, null, message);

    /// <summary>Waits for a person: only activities implementing <see cref="IResumableActivity"/> may return it.</summary>
    public static ActivityResult WaitForTask(HumanTaskRequest task) => new(ActivityResultKind.WaitingForTask, null, null, task);
}
