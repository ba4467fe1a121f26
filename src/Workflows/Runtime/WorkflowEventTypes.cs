namespace Thads.Workflows.Runtime;

public static class WorkflowEventTypes
{
    public const string ProcessStarted = "process.started";
    public const string ProcessCompleted = "process.completed";
    public const string ProcessTerminated = "process.terminated";
    public const string ActivityStarted = "activity.started";
    public const string ActivityCompleted = "activity.completed";
    public const string ActivityCancelled = "activity.cancelled";
    public const string TaskCreated = "task.created";
    public const string TaskCompleted = "task.completed";
    public const string TaskCancelled = "task.cancelled";
    public const string TaskReassigned = "task.reassigned";
    public const string TimerScheduled = "timer.scheduled";
    public const string TimerFired = "timer.fired";
    public const string TimerCancelled = "timer.cancelled";
    public const string MessageWaiting = "message.waiting";
    public const string MessageReceived = "message.received";
    public const string ErrorThrown = "error.thrown";
    public const string Incident = "incident";
    public const string IncidentResolved = "incident.resolved";
    public const string VariablesUpdated = "variables.updated";
}
