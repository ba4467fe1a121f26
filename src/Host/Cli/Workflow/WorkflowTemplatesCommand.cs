using Thads.Activities;
using Thads.Workflows.Activities;

namespace Thads.Host.Cli.Workflow;

/// <summary><c>workflow templates</c>: the bpmn-js element templates of every registered activity, for the designer.</summary>
internal sealed class WorkflowTemplatesCommand : ICliCommand
{
    public string Name => "workflow templates";

    public string Usage => """
        workflow templates [--lang vi|en]
        Prints the element templates (Camunda 7 template JSON) of every registered custom activity: the
        designer shows them in its palette with their names and typed properties.
        """;

    public Task<int> RunAsync(CliArguments args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var language = args.GetOption("lang") ?? "vi";
        if (language is not ("vi" or "en"))
        {
            throw new CliUsageException($"--lang must be vi or en, not '{language}'.");
        }

        stdout.WriteLine(ElementTemplateExporter.Export(ThadsActivityCatalog.CreateRegistry().Descriptors, language));
        return Task.FromResult(CliExitCodes.Success);
    }
}
