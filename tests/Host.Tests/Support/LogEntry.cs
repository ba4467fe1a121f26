using Microsoft.Extensions.Logging;

namespace Thads.Host.Tests.Support;

public sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception);
