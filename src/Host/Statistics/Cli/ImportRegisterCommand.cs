using Thads.Enforcement.Statistics.Import;
using Thads.Host.Calendar;
using Thads.Host.Cli;

namespace Thads.Host.Statistics.Cli;

/// <summary><c>import register FILE [--partial] [--adjust]</c>: loads a case register (docs/import-format.md).</summary>
internal sealed class ImportRegisterCommand : ICliCommand
{
    public string Name => "import register";

    public string Usage => """
        import register FILE.csv|FILE.xlsx [--partial] [--adjust] [--by USER] [--ConnectionStrings:Thads VALUE]
        Imports a case register, one line per case (format: docs/import-format.md). Every refused line is printed to
        stderr with its line number, column and reason; nothing is imported unless every line is valid, or --partial
        is given. Lines reaching into a closed period are refused unless --adjust counts them in the next period.
        Prints "imported N, rejected N, adjusted N"; exit code 1 when nothing was imported.
        """;

    public IReadOnlyCollection<string> Flags => ["partial", "adjust"];

    public Task<int> RunAsync(CliArguments args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        CalendarCliArguments.RejectUnknown(args, positionals: 1, "partial", "adjust", "by");
        var file = args.GetPositional(0, "the register file");
        var options = new RegisterImportOptions(args.GetOption("by") ?? $"cli:{Environment.UserName}", args.Has("partial"), args.Has("adjust"));
        return StatisticsCliHost.RunAsync(args, stderr, async (services, token) =>
        {
            var result = await services.GetRequiredService<RegisterImporter>().ImportAsync(Path.GetFullPath(file), options, token);
            foreach (var problem in result.Problems)
            {
                stderr.WriteLine(problem);
            }

            if (result.Rejected > result.Problems.Select(p => p.Line).Distinct().Count())
            {
                stderr.WriteLine($"… {result.Rejected} dòng bị từ chối (chỉ in {ImportResult.MaxProblems} lỗi đầu).");
            }

            if (!result.Committed)
            {
                stderr.WriteLine("Không nhập dòng nào: tệp có dòng không hợp lệ (dùng --partial để nhập các dòng hợp lệ).");
            }

            stdout.WriteLine($"imported {result.Imported}, rejected {result.Rejected}, adjusted {result.Adjusted}");
            return result.Committed && result.Imported > 0 ? CliExitCodes.Success : CliExitCodes.Failure;
        }, cancellationToken);
    }
}
