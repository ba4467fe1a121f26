using System.Text.Json;
using System.Text.Json.Nodes;
using Thads.Activities;
using Thads.Workflows.Diagnostics;
using Thads.Workflows.Forms;

namespace Thads.Host.Cli.Workflow;

/// <summary><c>workflow run</c>: one in-memory instance on a virtual clock, traced as JSON Lines on stdout.</summary>
internal sealed class WorkflowRunCommand : ICliCommand
{
    public string Name => "workflow run";

    public string Usage => """
        workflow run FILE.bpmn [--process KEY] [--vars JSON] [--complete TASK_ID=JSON]... [--auto] [--advance ISO_DURATION]... [--forms DIR]
        Runs one instance in memory on a virtual clock starting 2026-01-05T08:00:00+07:00 and prints one JSON
        object per event. --complete completes the user task with that element id when it is created (repeat
        it for later creations); --auto completes every other user task with the default values of its form
        (forms are read from --forms, by default the forms/ folder next to the file); --advance moves the clock
        (firing due timers) once nothing else can proceed. Exit 0 ended, 3 still waiting, 2 invalid model, 1 incident.
        """;

    public IReadOnlyCollection<string> Flags => ["auto"];

    public async Task<int> RunAsync(CliArguments args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var path = args.GetPositional(0, "the BPMN file");
        var options = new TraceRunOptions
        {
            BpmnXml = BpmnFileReader.Read(path),
            FileName = path,
            ProcessKey = args.GetOption("process"),
            Variables = args.GetOption("vars") is { } vars ? ParseObject("--vars", vars) : null,
            Completions = args.GetPairs("complete").Select(p => KeyValuePair.Create(p.Key, ParseObject($"--complete {p.Key}", p.Value))).ToList(),
            AutoComplete = args.Has("auto"),
            Advances = args.GetOptions("advance"),
            Forms = LoadForms(args.GetOption("forms") ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", "forms")),
        };
        var outcome = await TraceRunner.RunAsync(options, stdout, stderr, ThadsActivityCatalog.CreateRegistry(), cancellationToken);
        return (int)outcome;
    }

    private static IReadOnlyDictionary<string, FormSchema> LoadForms(string directory)
    {
        try
        {
            return FormLibrary.LoadDirectory(directory);
        }
        catch (FormatException e)
        {
            throw new CliUsageException($"--forms: {e.Message}");
        }
    }

    private static JsonObject ParseObject(string option, string text)
    {
        try
        {
            return JsonNode.Parse(string.IsNullOrWhiteSpace(text) ? "{}" : text) as JsonObject
                ?? throw new CliUsageException($"{option} must be a JSON object such as {{\"amount\": 5000000}}.");
        }
        catch (JsonException e)
        {
            throw new CliUsageException($"{option} is not valid JSON: {e.Message}");
        }
    }
}
