using Thads.Workflows.Parsing.Reading;

namespace Thads.Workflows.Parsing.Linking;

/// <summary>
/// Checks a node's optional <c>incoming</c>/<c>outgoing</c> children against the flows' <c>targetRef</c> and
/// <c>sourceRef</c>, which are what the engine follows. They only disagree after hand edits, and then the
/// diagram a user sees may not be the process that runs. Flows a node does not list are fine.
/// </summary>
internal static class DeclaredFlowCheck
{
    public static void Run(NodeDraft draft, ScopeLinks links, ProblemCollector problems)
    {
        foreach (var id in draft.DeclaredIncoming)
        {
            Check(draft, id, "incoming", links, problems, flow => flow.Target);
        }

        foreach (var id in draft.DeclaredOutgoing)
        {
            Check(draft, id, "outgoing", links, problems, flow => flow.Source);
        }
    }

    private static void Check(
        NodeDraft draft,
        string id,
        string direction,
        ScopeLinks links,
        ProblemCollector problems,
        Func<Model.SequenceFlow, Model.FlowNode> endAtThisNode)
    {
        if (links.Flows.TryGetValue(id, out var flow))
        {
            if (endAtThisNode(flow) != draft.Node)
            {
                problems.Report(
                    draft.Element,
                    BpmnProblemCodes.InconsistentFlowReference,
                    $"{direction} '{id}' lists a sequence flow that does not {(direction == "incoming" ? "end" : "start")} here");
            }
        }
        else if (!links.BrokenFlowIds.Contains(id))
        {
            problems.Report(
                draft.Element,
                BpmnProblemCodes.InconsistentFlowReference,
                $"{direction} '{id}' does not name a sequence flow of this scope");
        }
    }
}
