using System.Text.Json;
using Thads.Workflows.Diagnostics;

// Benchmarks are run by hand (see docs/performance.md), never as timed tests:
//   dotnet run -c Release --project tests/Benchmarks -- engine [--bpmn FILE] [--instances N] [--store memory|sqlite] [--workers N]
//   dotnet run -c Release --project tests/Benchmarks -- statistics [--cases N] [--seed S] [--dir DIR] [--xlsx-cases N] [--keep]
if (args.Length > 0 && args[0] == "statistics")
{
    return await Thads.Benchmarks.Statistics.StatisticsBenchmark.RunAsync(args);
}

if (args.Length == 0 || args[0] != "engine")
{
    Console.Error.WriteLine("usage: engine [--bpmn FILE] [--instances N] [--store memory|sqlite] [--workers N]");
    Console.Error.WriteLine("   or: statistics [--cases N] [--seed S] [--dir DIR] [--xlsx-cases N] [--keep]");
    return 2;
}

string Option(string name, string fallback)
{
    var index = Array.IndexOf(args, "--" + name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}

var file = Option("bpmn", Path.Combine(AppContext.BaseDirectory, "Processes", "fifteen-elements.bpmn"));
var result = await EngineBenchmark.RunAsync(new EngineBenchmarkOptions
{
    BpmnXml = File.ReadAllText(file),
    FileName = Path.GetFileName(file),
    Instances = int.Parse(Option("instances", "20000")),
    Store = Option("store", "memory"),
    Workers = int.Parse(Option("workers", Environment.ProcessorCount.ToString())),
    Variables = new Dictionary<string, object?> { ["amount"] = 7_500_000 },
    CompletionVariables = new Dictionary<string, object?> { ["approved"] = true },
});
Console.WriteLine(JsonSerializer.Serialize(result));
return 0;
