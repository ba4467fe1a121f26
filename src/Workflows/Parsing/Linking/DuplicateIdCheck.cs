using System.Xml.Linq;
using Thads.Workflows.Parsing.Reading;

namespace Thads.Workflows.Parsing.Linking;

/// <summary>
/// Reports ids used twice by BPMN model elements anywhere in the file, including parts the engine skips
/// (lanes, annotations): a modeler resolves references by id across the whole file. Diagram ids are not checked.
/// </summary>
internal static class DuplicateIdCheck
{
    public static void Run(XElement root, ProblemCollector problems)
    {
        var firstUse = new Dictionary<string, XElement>(StringComparer.Ordinal);

        // DescendantsAndSelf walks the tree without recursion, so depth is no danger here.
        foreach (var element in root.DescendantsAndSelf().Where(BpmnXml.IsModel))
        {
            if (ElementInfo.Id(element) is not { } id || firstUse.TryAdd(id, element))
            {
                continue;
            }

            var first = firstUse[id];
            problems.Report(
                element,
                BpmnProblemCodes.DuplicateId,
                $"the id '{id}' is already used by the {first.Name.LocalName} on line {ElementInfo.Position(first).Line}");
        }
    }
}
