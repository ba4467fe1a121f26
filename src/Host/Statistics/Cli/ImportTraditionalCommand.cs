using Thads.Enforcement.Statistics.Reconciliation;
using Thads.Host.Calendar;
using Thads.Host.Cli;

namespace Thads.Host.Statistics.Cli;

/// <summary><c>import traditional FILE</c>: figures of a traditional report, for reconciliation.</summary>
internal sealed class ImportTraditionalCommand : ICliCommand
{
    public string Name => "import traditional";

    public string Usage => """
        import traditional FILE.csv|FILE.xlsx [--by USER] [--ConnectionStrings:Thads VALUE]
        Imports a traditional (paper) report: one line per unit, form (06/07) and period (yyyy-MM) with figures by
        indicator code (T, CO, NEW, RM, P, C, NC, X, NEXT, NEXT_C), format in docs/import-format.md. All or nothing;
        refused lines are printed with line number, column and reason. Compare on /Statistics/Reconciliation.
        """;

    public Task<int> RunAsync(CliArguments args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        CalendarCliArguments.RejectUnknown(args, positionals: 1, "by");
        var file = args.GetPositional(0, "the report file");
        return StatisticsCliHost.RunAsync(args, stderr, async (services, token) =>
        {
            var result = await services.GetRequiredService<TraditionalImporter>()
                .ImportAsync(Path.GetFullPath(file), args.GetOption("by") ?? $"cli:{Environment.UserName}", token);
            foreach (var problem in result.Problems)
            {
                stderr.WriteLine(problem);
            }

            stdout.WriteLine($"imported {result.Imported}, rejected {result.Rejected}");
            return result.Committed ? CliExitCodes.Success : CliExitCodes.Failure;
        }, cancellationToken);
    }
}
