using Thads.Workflows.Runtime;

namespace Thads.Host.Cli.Workflow;

/// <summary>Domain services keep the engine's virtual time, so deadlines and alerts match the trace.</summary>
internal sealed class VirtualTimeProvider(IWorkflowClock clock) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => clock.Now.ToUniversalTime();
}
