using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Data;
using Thads.Enforcement.Statistics;
using Thads.Enforcement.Statistics.Definitions;
using Thads.Enforcement.Statistics.Engine;
using Thads.Enforcement.Statistics.Export;
using Thads.Host.Calendar;
using Thads.Host.Cli;

namespace Thads.Host.Statistics.Cli;

/// <summary><c>report 06|07 --to yyyy-MM …</c>: Biểu 06/TK-THA or 07/TK-THA as JSON, CSV or XLSX.</summary>
internal sealed class ReportCommand : ICliCommand
{
    public string Name => "report";

    public string Usage => """
        report 06|07 --to yyyy-MM [--unit CODE] [--executor ID|USER] [--rows units|executors] --format json|csv|xlsx [--out FILE]
        Biểu 06/TK-THA (cases) or 07/TK-THA (money, 1,000 VND), cumulative from 1 October to the end of the month
        --to, for a unit and its subtree (default: every unit) or one executor. JSON has one object per row (units or
        executors, then the total) with the form's columns c1… and the indicators T, CO, NEW, RM, P, C, NC, X, rate,
        NEXT, NEXT_C. A closed period prints its stored snapshot. xlsx needs --out.
        """;

    public Task<int> RunAsync(CliArguments args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        CalendarCliArguments.RejectUnknown(args, positionals: 1, "to", "unit", "executor", "rows", "format", "out");
        var form = args.GetPositional(0, "the form, 06 or 07") switch
        {
            "06" => FormKind.Cases,
            "07" => FormKind.Money,
            var other => throw new CliUsageException($"Unknown form '{other}': use 06 (cases) or 07 (money)."),
        };
        if (!ReportPeriod.TryParse(args.GetRequiredOption("to"), out var period))
        {
            throw new CliUsageException($"--to: '{args.GetOption("to")}' is not a month in the form yyyy-MM.");
        }

        if (!ReportFormats.TryParse(args.GetRequiredOption("format"), out var format))
        {
            throw new CliUsageException($"--format: '{args.GetOption("format")}' is not json, csv or xlsx.");
        }

        var grouping = args.GetOption("rows") switch
        {
            null => RowGrouping.Auto,
            "units" => RowGrouping.Units,
            "executors" => RowGrouping.Executors,
            var other => throw new CliUsageException($"--rows: '{other}' is not units or executors."),
        };
        var output = args.GetOption("out");
        if (format == ReportFormat.Xlsx && output is null)
        {
            throw new CliUsageException("--format xlsx writes a binary file: give --out FILE.xlsx.");
        }

        return StatisticsCliHost.RunAsync(args, stderr, async (services, token) =>
        {
            var executor = await ExecutorIdAsync(services, args.GetOption("executor"), token);
            var request = new ReportRequest(period, args.GetOption("unit"), executor, grouping);
            var result = await services.GetRequiredService<StatisticsReports>().GetAsync(form, request, token);
            var bytes = format == ReportFormat.Json ? result.Json : ReportFormats.Write(result.Report, format);
            if (output is null)
            {
                stdout.Write(System.Text.Encoding.UTF8.GetString(bytes));
                stdout.WriteLine();
            }
            else
            {
                await File.WriteAllBytesAsync(output, bytes, token);
                stderr.WriteLine($"{result.Report.Definition.FormNumber}, {period.Label}: {output}{(result.FromClosedSnapshot ? " (số liệu đã chốt)" : "")}");
            }

            return CliExitCodes.Success;
        }, cancellationToken);
    }

    private static async Task<int?> ExecutorIdAsync(IServiceProvider services, string? text, CancellationToken cancellationToken)
    {
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return id;
        }

        await using var db = await services.GetRequiredService<IDbContextFactory<ThadsDbContext>>().CreateDbContextAsync(cancellationToken);
        return await db.Staff.Where(s => s.UserName == text).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new StatisticsRequestException("executor", $"Không có cán bộ có tên đăng nhập '{text}'.");
    }
}
