using System.Xml.Linq;
using Thads.Workflows.Model;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>
/// Reads <c>camunda:inputOutput</c>. Only text values are supported; Camunda's script, list and map values
/// would need a second evaluation model and are refused. Values are trimmed, and an empty parameter has the
/// value "" (Camunda would give null).
/// </summary>
internal static class InputOutputReader
{
    public static (IReadOnlyList<ParameterMapping> Inputs, IReadOnlyList<ParameterMapping> Outputs) Read(
        XElement? inputOutput,
        ProblemCollector problems)
    {
        if (inputOutput is null)
        {
            return ([], []);
        }

        var inputs = new List<ParameterMapping>();
        var outputs = new List<ParameterMapping>();
        foreach (var child in inputOutput.Elements().Where(e => e.Name.Namespace == BpmnXml.Camunda))
        {
            switch (child.Name.LocalName)
            {
                case "inputParameter":
                    AddParameter(inputs, child, problems);
                    break;
                case "outputParameter":
                    AddParameter(outputs, child, problems);
                    break;
                default:
                    Unsupported.Report(child, problems);
                    break;
            }
        }

        return (inputs, outputs);
    }

    private static void AddParameter(List<ParameterMapping> parameters, XElement parameter, ProblemCollector problems)
    {
        var name = ElementInfo.Attribute(parameter, "name");
        var value = ElementText.Read(parameter, problems) ?? "";
        if (name is null)
        {
            problems.Report(parameter, BpmnProblemCodes.MissingAttribute, "name is required");
            return;
        }

        parameters.Add(new ParameterMapping(name, value));
    }
}
