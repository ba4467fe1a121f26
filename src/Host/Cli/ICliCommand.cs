namespace Thads.Host.Cli;

/// <summary>One command of the Host executable's command line, e.g. <c>workflow validate</c>.</summary>
public interface ICliCommand
{
    /// <summary>The words that select the command, separated by single spaces: "workflow validate".</summary>
    string Name { get; }

    /// <summary>
    /// First line: the call ("workflow validate FILE.bpmn [--json]"); further lines: what it does.
    /// Shown by <c>help</c> and after a usage error.
    /// </summary>
    string Usage { get; }

    /// <summary>
    /// Options that never take a value. Any other <c>--name</c> takes the following word as its value
    /// unless that word is itself an option, so <c>--json FILE</c> needs <c>json</c> listed here.
    /// </summary>
    IReadOnlyCollection<string> Flags => [];

    /// <summary>
    /// Results go to <paramref name="stdout"/>, diagnostics to <paramref name="stderr"/>.
    /// Return a <see cref="CliExitCodes"/> value (or another non-zero code for a specific failure);
    /// throw <see cref="CliUsageException"/> for bad arguments.
    /// </summary>
    Task<int> RunAsync(CliArguments args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken);
}
