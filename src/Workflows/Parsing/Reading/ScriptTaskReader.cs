using System.Xml.Linq;
using Thads.Workflows.Model;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>Reads a script task: an inline JavaScript <c>script</c> and an optional <c>camunda:resultVariable</c>.</summary>
internal static class ScriptTaskReader
{
    public static NodeDraft Read(XElement element, NodeHeader header, ProblemCollector problems)
    {
        var parts = ActivityPartsReader.Read(element, problems, ownChildren: ["script"]);
        var format = ElementInfo.Attribute(element, "scriptFormat");
        if (!ScriptLanguage.IsJavaScript(format))
        {
            problems.Report(
                element,
                BpmnProblemCodes.UnsupportedScriptLanguage,
                $"scriptFormat {ElementInfo.Quote(format!)} is not supported; scripts are JavaScript");
        }

        var node = new ScriptTaskNode(header.Id, header.Name, header.Location, ReadScript(element, parts, problems) ?? "", ElementInfo.Camunda(element, "resultVariable"))
        {
            MultiInstance = parts.MultiInstance,
            Inputs = parts.Inputs,
            Outputs = parts.Outputs,
        };
        return parts.ToDraft(node, element);
    }

    private static string? ReadScript(XElement element, ActivityParts parts, ProblemCollector problems)
    {
        var scripts = parts.Children.Named("script").ToList();
        if (scripts.Count != 1)
        {
            problems.Report(
                element,
                BpmnProblemCodes.MissingContent,
                scripts.Count == 0 ? "a script task needs a script" : "a script task has exactly one script");
            return null;
        }

        return ElementText.Require(scripts[0], problems, "script");
    }
}
