namespace Thads.Host.Cli;

/// <summary>Dispatches a command line to its <see cref="ICliCommand"/>; usable in-process by tests.</summary>
public static class CliApp
{
    public static Task<int> RunAsync(
        string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default) =>
        RunAsync(args, CliCommands.Create(), stdout, stderr, cancellationToken);

    internal static async Task<int> RunAsync(
        IReadOnlyList<string> args,
        IReadOnlyList<ICliCommand> commands,
        TextWriter stdout,
        TextWriter stderr,
        CancellationToken cancellationToken)
    {
        var (command, nameLength) = FindCommand(args, commands);
        if (command is null)
        {
            stderr.WriteLine(args.Count == 0 ? "No command given." : $"Unknown command '{DescribeAttempt(args)}'.");
            stderr.WriteLine();
            CliUsage.Write(stderr, commands);
            return CliExitCodes.Usage;
        }

        try
        {
            var arguments = CliArguments.Parse(args.Skip(nameLength), command.Flags);
            return await command.RunAsync(arguments, stdout, stderr, cancellationToken);
        }
        catch (CliUsageException exception)
        {
            stderr.WriteLine(exception.Message);
            stderr.WriteLine("Usage:");
            CliUsage.WriteCommand(stderr, command);
            return CliExitCodes.Usage;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            stderr.WriteLine("Cancelled.");
            return CliExitCodes.Cancelled;
        }
    }

    /// <summary>The command whose name matches the most leading words, so "workflow run" wins over "workflow".</summary>
    private static (ICliCommand? Command, int NameLength) FindCommand(
        IReadOnlyList<string> args, IReadOnlyList<ICliCommand> commands)
    {
        ICliCommand? best = null;
        var bestLength = 0;
        foreach (var command in commands)
        {
            var words = command.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > bestLength && args.Count >= words.Length
                && words.Select((word, i) => word == args[i]).All(match => match))
            {
                best = command;
                bestLength = words.Length;
            }
        }

        return (best, bestLength);
    }

    private static string DescribeAttempt(IReadOnlyList<string> args)
    {
        var words = args.Take(2).TakeWhile(word => !word.StartsWith("--", StringComparison.Ordinal)).ToList();
        return words.Count > 0 ? string.Join(' ', words) : args[0];
    }
}
