using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Thads.Host.Tests.Support;

/// <summary>Keeps every log entry so tests can assert what the application reported.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => _entries.ToArray();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, _entries);

    public void Dispose()
    {
    }
}
