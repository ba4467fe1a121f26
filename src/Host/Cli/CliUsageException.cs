namespace Thads.Host.Cli;

/// <summary>The arguments do not fit the command; the dispatcher prints the message and the command's usage and exits 2.</summary>
public sealed class CliUsageException(string message) : Exception(message);
