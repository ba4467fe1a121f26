using Thads.Host.Startup;
using Thads.Workflows.Runtime;
using Thads.Workflows.Standard;

namespace Thads.Host.Workflow;

/// <summary>
/// Deploys the standard THADS processes on every start: a changed file becomes a new version, an unchanged
/// one is left as it is, so restarting never multiplies versions and running cases keep theirs.
/// </summary>
internal sealed class StandardProcessesStartupTask(WorkflowEngine engine, ILogger<StandardProcessesStartupTask> logger) : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var (fileName, xml) in StandardProcesses.Files())
        {
            var result = await engine.DeployAsync(xml, fileName, "system", cancellationToken);
            if (!result.IsValid)
            {
                throw new InvalidOperationException($"The standard process {fileName} does not deploy:{Environment.NewLine}{string.Join(Environment.NewLine, result.Problems)}");
            }

            foreach (var definition in result.Definitions.Where(d => d.IsNew))
            {
                logger.LogInformation("Deployed {Process} version {Version} from {File}", definition.Key, definition.Version, fileName);
            }
        }
    }
}
