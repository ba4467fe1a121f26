using System.Xml.Linq;
using Thads.Workflows.Model;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>Reads one <c>process</c> and, breadth first, all the subprocess scopes inside it.</summary>
internal sealed class ProcessReader(ParseContext context)
{
    private readonly ScopeReader _scopes = new(context);

    /// <summary>The process, or null when it has no id (reported).</summary>
    public ProcessDraft? Read(XElement element)
    {
        var problems = context.Problems;
        var id = ElementInfo.Id(element);
        if (id is null)
        {
            problems.Report(element, BpmnProblemCodes.MissingAttribute, "id is required");
            return null;
        }

        ExtensionAttributeCheck.Check(element, problems);
        var executable = XsdBoolean.Read(element, "isExecutable", whenAbsent: false, problems);
        var model = new ProcessModel(id, ElementInfo.Attribute(element, "name"), executable, problems.LocationOf(element));
        var scopes = new List<ScopeDraft>();
        var pending = new Queue<ScopeDraft>();
        pending.Enqueue(new ScopeDraft(model, element, depth: 0));
        while (pending.TryDequeue(out var scope))
        {
            scopes.Add(scope);
            _scopes.Read(scope, pending);
        }

        return new ProcessDraft(model, scopes);
    }
}
