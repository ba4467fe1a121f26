using Thads.Activities;
using Thads.Workflows.Runtime;

namespace Thads.Host.Cli.Workflow;

/// <summary><c>workflow validate FILE.bpmn</c>: the deploy dry-run, one line per problem.</summary>
internal sealed class WorkflowValidateCommand : ICliCommand
{
    public string Name => "workflow validate";

    public string Usage => """
        workflow validate FILE.bpmn
        Checks a BPMN file as a deployment would. Exit 0 when it is valid; exit 2 with one line
        FILE:LINE:COL: elementId: message per problem when it is not.
        """;

    public Task<int> RunAsync(CliArguments args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var path = args.GetPositional(0, "the BPMN file");
        var xml = BpmnFileReader.Read(path);
        var engine = new WorkflowEngineBuilder().UseInMemoryStore().UseActivities(ThadsActivityCatalog.CreateRegistry()).Build();
        var problems = engine.Validate(xml, path);
        foreach (var problem in problems)
        {
            stdout.WriteLine(problem.ToString());
        }

        if (problems.Count == 0)
        {
            stderr.WriteLine($"{path}: valid");
        }

        return Task.FromResult(problems.Count == 0 ? CliExitCodes.Success : CliExitCodes.Usage);
    }
}
