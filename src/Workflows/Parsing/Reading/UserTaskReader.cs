using System.Xml.Linq;
using Thads.Workflows.Model;
using Thads.Workflows.Timing;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>Reads a user task and its assignment attributes (Camunda vocabulary plus <c>thads:candidateUnit</c>).</summary>
internal static class UserTaskReader
{
    public static NodeDraft Read(XElement element, NodeHeader header, ProblemCollector problems)
    {
        var parts = ActivityPartsReader.Read(element, problems);
        var node = new UserTaskNode(header.Id, header.Name, header.Location)
        {
            MultiInstance = parts.MultiInstance,
            Inputs = parts.Inputs,
            Outputs = parts.Outputs,
            Assignee = ElementInfo.Camunda(element, "assignee"),
            CandidateRole = ReadCandidateRole(element, problems),
            CandidateUnit = ElementInfo.Thads(element, "candidateUnit"),
            DueDate = ReadDueDate(element, problems),
            FormKey = ElementInfo.Camunda(element, "formKey"),
        };
        return parts.ToDraft(node, element);
    }

    // The model has one candidate role; a Camunda-style list would silently become one role named "a,b".
    private static string? ReadCandidateRole(XElement element, ProblemCollector problems)
    {
        var groups = ElementInfo.Camunda(element, "candidateGroups");
        if (groups is not null && groups.Contains(',', StringComparison.Ordinal) && !ExpressionText.TryUnwrap(groups, out _))
        {
            problems.Report(
                element,
                BpmnProblemCodes.InvalidAttributeValue,
                $"camunda:candidateGroups names one role; {ElementInfo.Quote(groups)} is a list");
        }

        return groups;
    }

    private static string? ReadDueDate(XElement element, ProblemCollector problems)
    {
        var dueDate = ElementInfo.Camunda(element, "dueDate");
        if (dueDate is not null && !ExpressionText.TryUnwrap(dueDate, out _)
            && !IsoDate.TryParse(dueDate, out _) && !IsoDuration.TryParse(dueDate, out _))
        {
            problems.Report(
                element,
                BpmnProblemCodes.InvalidDueDate,
                $"camunda:dueDate {ElementInfo.Quote(dueDate)} is neither an ISO 8601 date nor a duration");
        }

        return dueDate;
    }
}
