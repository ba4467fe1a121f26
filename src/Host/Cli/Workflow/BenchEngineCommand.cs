using System.Text.Json;
using Thads.Activities;
using Thads.Workflows.Diagnostics;

namespace Thads.Host.Cli.Workflow;

/// <summary><c>bench engine</c>: instances per second for a process whose user tasks are completed as they appear.</summary>
internal sealed class BenchEngineCommand : ICliCommand
{
    public string Name => "bench engine";

    public string Usage => """
        bench engine --bpmn FILE --instances N [--store memory|sqlite] [--workers N] [--vars JSON] [--complete-with JSON]
        Runs N instances (after a short warm-up) and prints one JSON line with instances, seconds,
        instancesPerSecond and store. sqlite uses a temporary database file.
        """;

    public async Task<int> RunAsync(CliArguments args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var path = args.GetRequiredOption("bpmn");
        var store = args.GetOption("store") ?? "memory";
        if (store is not ("memory" or "sqlite"))
        {
            throw new CliUsageException($"--store must be memory or sqlite, not '{store}'.");
        }

        var options = new EngineBenchmarkOptions
        {
            BpmnXml = BpmnFileReader.Read(path),
            FileName = Path.GetFileName(path),
            Instances = PositiveInt(args, "instances", 10_000),
            Workers = PositiveInt(args, "workers", Environment.ProcessorCount),
            Store = store,
            Variables = Values(args.GetOption("vars") ?? """{"amount": 7500000}"""),
            CompletionVariables = Values(args.GetOption("complete-with") ?? """{"approved": true}"""),
        };
        var result = await EngineBenchmark.RunAsync(options, ThadsActivityCatalog.CreateRegistry(), cancellationToken);
        stdout.WriteLine(JsonSerializer.Serialize(result));
        return CliExitCodes.Success;
    }

    private static int PositiveInt(CliArguments args, string name, int fallback)
    {
        var text = args.GetOption(name);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, out var value) && value > 0 ? value : throw new CliUsageException($"--{name} must be a whole number above 0, not '{text}'.");
    }

    private static Dictionary<string, object?> Values(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!.ToDictionary(p => p.Key, p => (object?)p.Value);
        }
        catch (JsonException e)
        {
            throw new CliUsageException($"Not a JSON object: {e.Message}");
        }
    }
}
