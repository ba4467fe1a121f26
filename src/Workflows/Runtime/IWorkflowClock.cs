namespace Thads.Workflows.Runtime;

/// <summary>The engine's notion of now. Tests and the CLI use <see cref="VirtualWorkflowClock"/> to move time.</summary>
public interface IWorkflowClock
{
    DateTimeOffset Now { get; }
}
