using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Data;
using Thads.Enforcement.Statistics.Demo;
using Thads.Host.Calendar;
using Thads.Host.Cli;

namespace Thads.Host.Statistics.Cli;

/// <summary><c>demo generate --cases N --seed S</c>: a synthetic national organisation and register.</summary>
internal sealed class DemoGenerateCommand : ICliCommand
{
    public const string FigureSet2017 = "N-2017";

    public string Name => "demo generate";

    public string Usage => $"""
        demo generate --cases N --seed S [--out FILE.csv] [--from yyyy-MM-dd] [--to yyyy-MM-dd] [--figures {FigureSet2017}]
        Creates the synthetic national organisation (TCTHADS, 63 Cục C01…C63, 11 Chi cục each, 4 executors per office)
        in the database if missing, and writes a realistic random register of N cases accepted between --from
        (default 2014-10-01) and --to (default 2018-09-30) to FILE (default data/demo-register-N-S.csv); import it with
        "import register FILE". --figures {FigureSet2017} writes instead the register that reproduces the published
        national figures of 2017 (domain README §6.5, N-2017-7M and N-2017-9M).
        """;

    public Task<int> RunAsync(CliArguments args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        CalendarCliArguments.RejectUnknown(args, positionals: 0, "cases", "seed", "out", "from", "to", "figures");
        var figures = args.GetOption("figures");
        if (figures is not null && figures != FigureSet2017)
        {
            throw new CliUsageException($"--figures: only {FigureSet2017} is available.");
        }

        var cases = figures is null ? Count(args.GetRequiredOption("cases"), "--cases") : FigureSetRegister.Count;
        var seed = Count(args.GetRequiredOption("seed"), "--seed");
        var from = args.GetOption("from") is { } f ? CalendarCliArguments.ParseDate(f, "--from") : new DateOnly(2014, 10, 1);
        var to = args.GetOption("to") is { } t ? CalendarCliArguments.ParseDate(t, "--to") : new DateOnly(2018, 9, 30);
        if (to < from)
        {
            throw new CliUsageException("--to must not be before --from.");
        }

        var output = args.GetOption("out") ?? Path.Combine("data", $"demo-register-{(figures ?? cases.ToString(CultureInfo.InvariantCulture))}-{seed}.csv");
        return StatisticsCliHost.RunAsync(args, stderr, async (services, token) =>
        {
            var organisation = NationalOrganisation.Full;
            await organisation.EnsureAsync(services.GetRequiredService<IDbContextFactory<ThadsDbContext>>(), token);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            var random = new Random(seed);
            var register = figures is null
                ? SyntheticRegister.Generate(random, organisation, cases, from, to)
                : FigureSetRegister.Generate(random, organisation);
            await using (var writer = new StreamWriter(output, append: false, new System.Text.UTF8Encoding(false), 1 << 16))
            {
                var csv = new RegisterCsvWriter(writer);
                csv.WriteHeader();
                foreach (var line in register)
                {
                    token.ThrowIfCancellationRequested();
                    csv.Write(line);
                }
            }

            stdout.WriteLine(output);
            stderr.WriteLine($"{cases} việc; nhập bằng: import register {output}");
            return CliExitCodes.Success;
        }, cancellationToken);
    }

    private static int Count(string text, string name) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new CliUsageException($"{name}: '{text}' is not a positive whole number.");
}
