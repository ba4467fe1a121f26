using Thads.Host.Startup;
using Thads.Workflows.Runtime;

namespace Thads.Host.Workflow;

/// <summary>Creates or migrates the engine's tables before the application reports itself ready.</summary>
internal sealed class WorkflowEngineStartupTask(WorkflowEngine engine, ILogger<WorkflowEngineStartupTask> logger) : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await engine.InitializeAsync(cancellationToken);
        logger.LogInformation("Workflow engine tables are up to date.");
    }
}
