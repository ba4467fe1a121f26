namespace Thads.Workflows.Runtime;

public enum InstanceStatus
{
    Running,
    Completed,
    Terminated,
}
