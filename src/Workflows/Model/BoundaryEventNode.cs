namespace Thads.Workflows.Model;

/// <summary>
/// A boundary event on an activity: a timer (interrupting or not) or an error catch. An error boundary
/// with a null <see cref="ErrorCode"/> catches every error.
/// </summary>
public sealed class BoundaryEventNode(
    string id,
    string? name,
    SourceLocation location,
    bool cancelActivity,
    TimerDefinition? timer,
    bool catchesError,
    string? errorCode)
    : FlowNode(id, name, location)
{
    public override FlowNodeKind Kind => FlowNodeKind.BoundaryEvent;

    public ActivityNode AttachedTo { get; internal set; } = null!;

    public bool CancelActivity { get; } = cancelActivity;

    public TimerDefinition? Timer { get; } = timer;

    public bool CatchesError { get; } = catchesError;

    public string? ErrorCode { get; } = errorCode;
}
