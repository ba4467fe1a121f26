namespace Thads.Host.Dashboard;

/// <summary>A row of <see cref="WorkflowTaskCounts.LeaderTasksAsync"/>: open leader tasks at one process step.</summary>
public sealed class LeaderTaskCount
{
    public string ElementId { get; set; } = string.Empty;

    public string? Name { get; set; }

    public bool IsApproval { get; set; }

    public int Count { get; set; }
}
