namespace Thads.Workflows.Tests.Activities.Samples;

public sealed class DisposalLog
{
    public int Disposed { get; set; }
}
