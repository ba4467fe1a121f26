using System.Globalization;
using Microsoft.Extensions.Options;
using Thads.Enforcement.Demo;
using Thads.Host.Calendar;
using Thads.Host.Cases;
using Thads.Host.Cli;
using Thads.Host.Database;
using Thads.Host.Startup;

namespace Thads.Host.Demo;

/// <summary><c>demo cases --count N [--seed S]</c>: demo cases in any number in the configured database, for benchmarks.</summary>
internal sealed class DemoCasesCommand : ICliCommand
{
    public const int MaxCount = 1_000_000;

    public string Name => "demo cases";

    public string Usage => """
        demo cases --count N [--seed S] [--per-executor K] [--ConnectionStrings:Thads VALUE]
        Adds N demo cases to the configured database. The first ~50 (the standard demo set, every state, when the
        database does not have it yet) go through the case service and the workflow engine; the rest are copies of
        them with their own numbers, parties and executors (K cases per generated executor, default 250), their case
        rows, alerts, workflow instances, open tasks and timers. Progress goes to stderr; the last line on stdout says
        how many cases were made and how long it took. Run it while the web application is stopped.
        """;

    public async Task<int> RunAsync(CliArguments args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        CalendarCliArguments.RejectUnknown(args, positionals: 0, "count", "seed", "per-executor");
        var count = Parse(args.GetOption("count") ?? throw new CliUsageException("Missing required option --count N."), "--count", 1, MaxCount);
        var seed = Parse(args.GetOption("seed") ?? DemoCasePlanner.DefaultSeed.ToString(CultureInfo.InvariantCulture), "--seed", 0, int.MaxValue);
        var perExecutor = Parse(args.GetOption("per-executor") ?? "250", "--per-executor", 10, 100_000);

        var services = new ServiceCollection();
        services.AddSingleton(CalendarCliConfiguration.Build(args));
        services.AddLogging();
        services.AddThadsDatabase();
        services.AddThadsCalendar();
        services.AddThadsCases();
        try
        {
            await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
            _ = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            await StartupTasks.RunAllAsync(provider, cancellationToken);
            var result = await new DemoCasesGenerator(provider).GenerateAsync(count, seed, perExecutor, stderr, cancellationToken);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Driven + result.Copied} cases: {result.Driven} through the engine in {result.DrivingTime.TotalSeconds:F1} s, {result.Copied} copied; {result.Elapsed.TotalSeconds:F1} s in all"));
            return CliExitCodes.Success;
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or CliUsageException))
        {
            stderr.WriteLine($"demo cases: {exception.Message}");
            return CliExitCodes.Failure;
        }
    }

    private static int Parse(string text, string name, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new CliUsageException($"{name}: '{text}' is not a whole number from {min} to {max}.");
}
