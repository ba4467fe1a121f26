namespace Thads.Workflows.Runtime;

public enum UserTaskStatus
{
    Open,
    Completed,
    Cancelled,
}
