namespace Thads.Workflows.Model;

public enum TimerKind
{
    Date,
    Duration,
    Cycle,
}
