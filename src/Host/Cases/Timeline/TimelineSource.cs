namespace Thads.Host.Cases.Timeline;

/// <summary>Where a timeline entry comes from.</summary>
public enum TimelineSource
{
    /// <summary>The workflow journal: steps entered and left, tasks created and completed.</summary>
    Workflow,

    /// <summary>The audit log of case data: what changed, before and after.</summary>
    Audit,
}
