using Quartz;

namespace Thads.Host.Scheduling;

/// <summary>Names in the Quartz store: one durable job, one trigger per timer bookmark (named by its id).</summary>
internal static class WorkflowTimerKeys
{
    public const string TriggerGroup = "workflow-timers";
    public const string InstanceData = "instanceId";
    public const string BookmarkData = "bookmarkId";

    public static readonly JobKey TimerJob = new("workflow-timer", "thads");
    public static readonly JobKey SweepJob = new("workflow-timer-sweep", "thads");

    public static TriggerKey For(Guid bookmarkId) => new(bookmarkId.ToString("N"), TriggerGroup);
}
