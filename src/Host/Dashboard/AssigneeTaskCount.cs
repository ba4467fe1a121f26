namespace Thads.Host.Dashboard;

/// <summary>A row of <see cref="WorkflowTaskCounts"/>: one assignee's open and overdue tasks.</summary>
public sealed class AssigneeTaskCount
{
    public string Assignee { get; set; } = string.Empty;

    public int OpenTasks { get; set; }

    public int OverdueTasks { get; set; }
}
