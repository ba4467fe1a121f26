namespace Thads.Workflows.Model;

/// <summary>A service task bound to a registered activity by <c>thads:activity</c>.</summary>
public sealed class ServiceTaskNode(string id, string? name, SourceLocation location, string activityType) : ActivityNode(id, name, location)
{
    public override FlowNodeKind Kind => FlowNodeKind.ServiceTask;

    public string ActivityType { get; } = activityType;
}
