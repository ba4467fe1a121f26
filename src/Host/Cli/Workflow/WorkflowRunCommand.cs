using System.Text.Json;
using System.Text.Json.Nodes;
using Thads.Activities;
using Thads.Workflows.Diagnostics;
using Thads.Workflows.Forms;
using Thads.Workflows.Model;
using Thads.Workflows.Parsing;
using Thads.Workflows.Runtime;

namespace Thads.Host.Cli.Workflow;

/// <summary><c>workflow run</c>: one in-memory instance on a virtual clock, traced as JSON Lines on stdout.</summary>
internal sealed class WorkflowRunCommand : ICliCommand
{
    public string Name => "workflow run";

    public string Usage => """
        workflow run FILE.bpmn [--process KEY] [--vars JSON] [--complete TASK_ID=JSON]... [--auto] [--advance ISO_DURATION]... [--forms DIR] [--with OTHER.bpmn]...
        Runs one instance in memory on a virtual clock starting 2026-01-05T08:00:00+07:00 and prints one JSON
        object per event. --complete completes the user task with that element id when it is created (repeat
        it for later creations); --auto completes every other user task with the default values of its form
        (forms are read from --forms, by default the forms/ folder next to the file) and, once nothing else can
        proceed, moves the clock to the next timer; --advance moves the clock by a set amount instead. --with
        deploys other files first (processes that call activities call). A file with THADS activities runs
        against a throw-away sandbox database with a demo organisation and one demo case (caseId, caseNumber,
        unitCode preset). Exit 0 ended, 3 still waiting, 2 invalid model, 1 incident.
        """;

    public IReadOnlyCollection<string> Flags => ["auto"];

    public async Task<int> RunAsync(CliArguments args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var path = args.GetPositional(0, "the BPMN file");
        var xml = BpmnFileReader.Read(path);
        var variables = args.GetOption("vars") is { } vars ? ParseObject("--vars", vars) : null;
        var clock = new VirtualWorkflowClock(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.FromHours(7)));
        await using var sandbox = UsesServiceTasks(xml, path) ? await DomainSandbox.CreateAsync(clock, stderr, cancellationToken) : null;
        if (sandbox is not null)
        {
            var preset = sandbox.Variables;
            foreach (var (name, value) in variables ?? [])
            {
                preset[name] = value?.DeepClone();
            }

            variables = preset;
        }

        var options = new TraceRunOptions
        {
            BpmnXml = xml,
            FileName = path,
            ProcessKey = args.GetOption("process"),
            Variables = variables,
            Completions = args.GetPairs("complete").Select(p => KeyValuePair.Create(p.Key, ParseObject($"--complete {p.Key}", p.Value))).ToList(),
            AutoComplete = args.Has("auto"),
            Advances = args.GetOptions("advance"),
            Forms = LoadForms(args.GetOption("forms") ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", "forms")),
            SupportingFiles = args.GetOptions("with").Select(file => (file, BpmnFileReader.Read(file))).ToList(),
            Clock = clock,
            Services = sandbox?.Services,
            ActorFor = sandbox is null ? null : DomainSandbox.ActorFor,
            BusinessKey = sandbox?.DemoCase.CaseNumber,
        };
        var outcome = await TraceRunner.RunAsync(options, stdout, stderr, ThadsActivityCatalog.CreateRegistry(), cancellationToken);
        return (int)outcome;
    }

    /// <summary>Only processes with service tasks need the domain sandbox; it costs a database migration.</summary>
    private static bool UsesServiceTasks(string xml, string path) =>
        new BpmnParser().Parse(xml, path).Document?.Processes.SelectMany(p => p.AllNodes).OfType<ServiceTaskNode>().Any() ?? false;

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
