using System.Text.Json;
using Thads.Workflows.Diagnostics;

using Thads.Benchmarks;

// Benchmarks are run by hand (see docs/performance.md), never as timed tests:
//   dotnet run -c Release --project tests/Benchmarks -- engine [--bpmn FILE] [--instances N] [--store memory|sqlite] [--workers N]
//   dotnet run -c Release --project tests/Benchmarks -- web --url URL --accounts a,b --password P [--new-password P2]
//       [--users 50] [--seconds 30] [--paths "/Tasks,/Cases/{case}"]
//   dotnet run -c Release --project tests/Benchmarks -- statistics [--cases N] [--seed S] [--dir DIR] [--xlsx-cases N] [--keep]
const string Usage = "usage: engine [--bpmn FILE] [--instances N] [--store memory|sqlite] [--workers N]\n" +
    "       web --url URL --accounts a,b --password P [--new-password P2] [--users 50] [--seconds 30] [--paths \"/Tasks,/Cases/{case}\"]\n" +
    "       statistics [--cases N] [--seed S] [--dir DIR] [--xlsx-cases N] [--keep]";

string Option(string name, string fallback)
{
    var index = Array.IndexOf(args, "--" + name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}

if (args.Length > 0 && args[0] == "statistics")
{
    return await Thads.Benchmarks.Statistics.StatisticsBenchmark.RunAsync(args);
}

if (args.Length > 0 && args[0] == "web")
{
    var summaries = await WebLoadBenchmark.RunAsync(new WebLoadOptions
    {
        BaseAddress = new Uri(Option("url", "http://127.0.0.1:5080")),
        Accounts = Option("accounts", "truong.dn").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        Password = Option("password", ""),
        NewPassword = args.Contains("--new-password") ? Option("new-password", "") : null,
        Users = int.Parse(Option("users", "50")),
        Duration = TimeSpan.FromSeconds(int.Parse(Option("seconds", "30"))),
        Paths = Option("paths", "/Tasks,/Cases/{case}").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
    });
    Console.WriteLine(JsonSerializer.Serialize(summaries, new JsonSerializerOptions { WriteIndented = true }));
    return summaries.Any(s => s.Errors > 0) ? 1 : 0;
}

if (args.Length == 0 || args[0] != "engine")
{
    Console.Error.WriteLine(Usage);
    return 2;
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
