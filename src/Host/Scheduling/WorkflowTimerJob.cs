using Quartz;
using Thads.Host.Startup;
using Thads.Workflows.Runtime;

namespace Thads.Host.Scheduling;

/// <summary>Fires one timer bookmark. Firing is idempotent in the engine, so a repeated alarm changes nothing.</summary>
internal sealed class WorkflowTimerJob(WorkflowEngine engine, StartupReadiness readiness, ILogger<WorkflowTimerJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (await readiness.WhenFinished != StartupStatus.Ready)
        {
            return;
        }

        var data = context.MergedJobDataMap;
        var timer = new BookmarkRef(
            Guid.Parse((string)data[WorkflowTimerKeys.InstanceData]!),
            Guid.Parse((string)data[WorkflowTimerKeys.BookmarkData]!));
        var fired = await engine.FireTimerAsync(timer, cancellationToken);
        logger.LogInformation("Timer {Bookmark} of instance {Instance}: {Outcome}", timer.BookmarkId, timer.InstanceId, fired ? "fired" : "already gone");
    }
}
