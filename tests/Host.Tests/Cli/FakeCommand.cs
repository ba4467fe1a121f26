using Thads.Host.Cli;

namespace Thads.Host.Tests.Cli;

/// <summary>A command that records what the dispatcher handed it and answers as configured.</summary>
internal sealed class FakeCommand(string name, int exitCode = 0, IReadOnlyCollection<string>? flags = null) : ICliCommand
{
    public string Name => name;

    public string Usage => $"{name} FILE\nDoes {name} things.";

    public IReadOnlyCollection<string> Flags => flags ?? [];

    public CliArguments? Received { get; private set; }

    public Exception? Throw { get; init; }

    public string? Output { get; init; }

    public async Task<int> RunAsync(CliArguments args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        Received = args;
        if (Throw is not null)
        {
            throw Throw;
        }

        if (Output is not null)
        {
            await stdout.WriteLineAsync(Output);
        }

        return exitCode;
    }
}
