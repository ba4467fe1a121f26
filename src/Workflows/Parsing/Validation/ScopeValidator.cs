using Thads.Workflows.Model;
using Thads.Workflows.Parsing.Linking;
using Thads.Workflows.Parsing.Reading;

namespace Thads.Workflows.Parsing.Validation;

/// <summary>
/// The structural rules for one linked scope: one none start event, flows only where BPMN allows them,
/// every node reachable, and conditions only where they mean something.
/// </summary>
internal sealed class ScopeValidator(ProblemCollector problems)
{
    public void Validate(ScopeDraft scope, ScopeLinks links)
    {
        var startsAreValid = CheckStartEvents(scope);
        foreach (var draft in scope.Nodes)
        {
            CheckConnections(draft, links);
        }

        FlowConditionCheck.Run(scope, links, problems);

        // Reachability is only meaningful on a complete graph; otherwise it would repeat earlier problems.
        if (startsAreValid && links.IsComplete && scope.RefusedIds.Count == 0)
        {
            ReachabilityCheck.Run(scope, problems);
        }
    }

    private bool CheckStartEvents(ScopeDraft scope)
    {
        var starts = scope.Nodes.Where(d => d.Node is StartEventNode).ToList();
        var noneStarts = starts.Where(d => ((StartEventNode)d.Node).Timer is null).ToList();
        if (starts.Count == 0 && !scope.HasRefusedStart)
        {
            problems.Report(
                scope.Element,
                BpmnProblemCodes.MissingStartEvent,
                scope.IsSubProcess
                    ? "a subprocess needs exactly one none start event, and this one has none"
                    : "a process needs a none start event or a timer start event, and this one has none");
        }

        foreach (var extra in noneStarts.Skip(1))
        {
            problems.Report(
                extra.Element,
                BpmnProblemCodes.MultipleStartEvents,
                $"'{noneStarts[0].Node.Id}' is already the none start event of this scope; a scope has at most one");
        }

        return starts.Count > 0 && noneStarts.Count <= 1 && !scope.HasRefusedStart;
    }

    private void CheckConnections(NodeDraft draft, ScopeLinks links)
    {
        var node = draft.Node;
        var complete = !links.Incomplete.Contains(node);
        switch (node)
        {
            case StartEventNode:
                Require(draft, node.Incoming.Count == 0, BpmnProblemCodes.StartEventHasIncoming, "a start event cannot have incoming sequence flows");
                Require(draft, !complete || node.Outgoing.Count > 0, BpmnProblemCodes.MissingOutgoingFlow, "a start event needs an outgoing sequence flow");
                break;
            case EndEventNode:
                Require(draft, node.Outgoing.Count == 0, BpmnProblemCodes.EndEventHasOutgoing, "an end event cannot have outgoing sequence flows");
                RequireIncoming(draft, complete);
                break;
            case BoundaryEventNode:
                Require(draft, node.Incoming.Count == 0, BpmnProblemCodes.BoundaryEventHasIncoming, "a boundary event cannot have incoming sequence flows");
                Require(draft, !complete || node.Outgoing.Count > 0, BpmnProblemCodes.MissingOutgoingFlow, "a boundary event needs an outgoing sequence flow");
                break;
            case GatewayNode:
                RequireIncoming(draft, complete);
                Require(draft, !complete || node.Outgoing.Count > 0, BpmnProblemCodes.MissingOutgoingFlow, "a gateway needs at least one outgoing sequence flow");
                break;
            default:
                RequireIncoming(draft, complete);
                break;
        }
    }

    private void RequireIncoming(NodeDraft draft, bool complete) => Require(
        draft,
        !complete || draft.Node.Incoming.Count > 0,
        BpmnProblemCodes.MissingIncomingFlow,
        "this node can never be reached: it has no incoming sequence flow");

    private void Require(NodeDraft draft, bool holds, string code, string detail)
    {
        if (!holds)
        {
            problems.Report(draft.Element, code, detail);
        }
    }
}
