namespace Thads.Host.Cli;

/// <summary>Writes the command overview shown by <c>help</c> and after an unknown command.</summary>
internal static class CliUsage
{
    public static void Write(TextWriter writer, IEnumerable<ICliCommand> commands)
    {
        writer.WriteLine("Usage: dotnet run --project src/Host -- <command> [arguments]");
        writer.WriteLine("   or: Thads.Host <command> [arguments]");
        writer.WriteLine();
        writer.WriteLine("Commands:");
        foreach (var command in commands.OrderBy(command => command.Name, StringComparer.Ordinal))
        {
            WriteCommand(writer, command);
        }

        writer.WriteLine();
        writer.WriteLine($"Without a command the web application starts ({HostUrls.Default} unless ASPNETCORE_URLS or --urls says otherwise).");
        writer.WriteLine("Exit codes: 0 success, 1 failure, 2 usage error.");
    }

    public static void WriteCommand(TextWriter writer, ICliCommand command)
    {
        var lines = command.Usage.ReplaceLineEndings("\n").Split('\n');
        writer.WriteLine($"  {lines[0]}");
        foreach (var line in lines.Skip(1))
        {
            writer.WriteLine($"      {line}");
        }
    }
}
