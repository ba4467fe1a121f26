namespace Thads.Host.Cli;

/// <summary>Prints the command overview. Exits 2 like any other request that ran nothing.</summary>
internal sealed class HelpCommand(IReadOnlyList<ICliCommand> commands) : ICliCommand
{
    public string Name => "help";

    public string Usage => "help\nLists the commands.";

    public Task<int> RunAsync(CliArguments args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        CliUsage.Write(stderr, commands);
        return Task.FromResult(CliExitCodes.Usage);
    }
}
