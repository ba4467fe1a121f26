using System.Collections.Concurrent;
using Thads.Host.Startup;

namespace Thads.Host.Tests.Startup;

/// <summary>Notes its name in a shared journal when it runs, so tests can see which tasks ran and in what order.</summary>
internal sealed class RecordingStartupTask(string name, ConcurrentQueue<string> journal) : IStartupTask
{
    public Task RunAsync(CancellationToken cancellationToken)
    {
        journal.Enqueue(name);
        return Task.CompletedTask;
    }
}
