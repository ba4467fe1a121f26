using Quartz;
using Thads.Host.Startup;
using Thads.Workflows.Runtime;

namespace Thads.Host.Scheduling;

/// <summary>
/// The safety net: every minute, fires every timer the database says is due, whether or not its alarm was
/// ever set (a crash between a commit and the trigger, a trigger lost with a job store).
/// </summary>
[DisallowConcurrentExecution]
internal sealed class DueTimerSweepJob(WorkflowEngine engine, StartupReadiness readiness, ILogger<DueTimerSweepJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (await readiness.WhenFinished != StartupStatus.Ready)
        {
            return;
        }

        var fired = await engine.FireDueTimersAsync(cancellationToken: cancellationToken);
        if (fired > 0)
        {
            logger.LogInformation("Sweep fired {Count} overdue timers", fired);
        }
    }
}
