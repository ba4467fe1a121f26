using Thads.Host.Startup;

namespace Thads.Host.Tests.Startup;

internal sealed class FailingStartupTask : IStartupTask
{
    public const string Reason = "migration 0042 could not be applied";

    public Task RunAsync(CancellationToken cancellationToken) => throw new InvalidOperationException(Reason);
}
