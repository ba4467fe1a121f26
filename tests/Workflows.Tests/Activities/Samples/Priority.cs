namespace Thads.Workflows.Tests.Activities.Samples;

public enum Priority
{
    Low,
    Normal,
    Urgent,
}
