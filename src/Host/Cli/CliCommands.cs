using Thads.Host.Calendar;
using Thads.Host.Cli.Workflow;

namespace Thads.Host.Cli;

/// <summary>The one place where command-line commands are registered.</summary>
internal static class CliCommands
{
    /// <summary>
    /// First words that make the executable run the CLI instead of the web server. A group may be listed
    /// before it has commands, so that e.g. <c>mail …</c> fails with usage instead of starting a server.
    /// </summary>
    public static IReadOnlySet<string> Groups { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "help", "workflow", "bench", "mail", "calendar", "legal", "report", "import", "demo",
    };

    public static bool IsCliInvocation(IReadOnlyList<string> args) => args.Count > 0 && Groups.Contains(args[0]);

    public static IReadOnlyList<ICliCommand> Create()
    {
        var commands = new List<ICliCommand>
        {
            // Register new commands here; each Name must start with one of Groups.
            new WorkflowValidateCommand(),
            new WorkflowRunCommand(),
            new WorkflowTemplatesCommand(),
            new BenchEngineCommand(),
            new CalendarAddWorkingDaysCommand(),
            new CalendarHolidaysCommand(),
            new Thads.Host.Mail.Cli.MailTestCommand(),
            new Thads.Host.Legal.LegalDueCommand(),
            new Thads.Host.Legal.LegalRulesCommand(),
            new Thads.Host.Statistics.Cli.ImportRegisterCommand(),
            new Thads.Host.Statistics.Cli.ImportTraditionalCommand(),
            new Thads.Host.Statistics.Cli.ReportCommand(),
            new Thads.Host.Statistics.Cli.DemoGenerateCommand(),
            new Thads.Host.Demo.DemoCasesCommand(),
        };
        commands.Add(new HelpCommand(commands));
        return commands;
    }
}
