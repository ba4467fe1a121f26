namespace Thads.Workflows.Activities;

public sealed class ActivityResult
{
    private ActivityResult(ActivityResultKind kind, string? errorCode, string? message)
    {
        Kind = kind;
        ErrorCode = errorCode;
        Message = message;
    }

    public static ActivityResult Completed { get; } = new(ActivityResultKind.Completed, null, null);

    public ActivityResultKind Kind { get; }

    public string? ErrorCode { get; }

    public string? Message { get; }

    public static ActivityResult Error(string errorCode, string? message = null) => new(ActivityResultKind.BpmnError, errorCode, message);

    public static ActivityResult Fault(string message) => new(ActivityResultKind.Faulted, null, message);
}
