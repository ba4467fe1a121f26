using System.Xml.Linq;
using Thads.Workflows.Model;
using Thads.Workflows.Parsing.Reading;

namespace Thads.Workflows.Parsing.Linking;

/// <summary>
/// Turns one scope's drafts into the linked model: containers, sequence flows with both ends, boundary
/// attachments and default flows. References that do not resolve inside the scope are reported here.
/// </summary>
internal sealed class ScopeLinker(ParseContext context)
{
    private ProblemCollector Problems => context.Problems;

    public ScopeLinks Link(ScopeDraft scope, ProcessModel process)
    {
        var links = new ScopeLinks();
        foreach (var draft in scope.Nodes)
        {
            draft.Node.Container = scope.Container;
            scope.NodeList.Add(draft.Node);
            process.NodesById.Add(draft.Node.Id, draft.Node);
        }

        foreach (var flow in scope.Flows)
        {
            LinkFlow(scope, flow, links);
        }

        foreach (var draft in scope.Nodes)
        {
            Attach(scope, draft, links);
            SetDefaultFlow(draft, links);
            DeclaredFlowCheck.Run(draft, links, Problems);
        }

        return links;
    }

    private void LinkFlow(ScopeDraft scope, FlowDraft draft, ScopeLinks links)
    {
        var source = Resolve(scope, draft.Element, draft.SourceRef, "sourceRef");
        var target = Resolve(scope, draft.Element, draft.TargetRef, "targetRef");

        // A second flow with the same id is reported as a duplicate; building it would make the id ambiguous.
        if (draft.Id is null || source is null || target is null || links.Flows.ContainsKey(draft.Id))
        {
            if (draft.Id is not null)
            {
                links.BrokenFlowIds.Add(draft.Id);
            }

            links.Incomplete.UnionWith(new[] { source, target }.OfType<FlowNode>());
            return;
        }

        var flow = new SequenceFlow(draft.Id, draft.Name, source, target, draft.Condition, Problems.LocationOf(draft.Element));
        scope.FlowList.Add(flow);
        source.OutgoingList.Add(flow);
        target.IncomingList.Add(flow);
        links.Flows.Add(draft.Id, flow);
        links.FlowElements.Add(flow, draft.Element);
    }

    private FlowNode? Resolve(ScopeDraft scope, XElement at, string? reference, string attribute)
    {
        if (reference is null)
        {
            return null;
        }

        if (scope.FindNode(reference) is { } draft)
        {
            return draft.Node;
        }

        if (context.IsRefused(reference))
        {
            return null;
        }

        if (context.ScopeOfNode(reference) is { } other)
        {
            Problems.Report(
                at,
                BpmnProblemCodes.FlowCrossesScope,
                $"{attribute} '{reference}' is inside {ElementInfo.Describe(other.Element)}; a sequence flow cannot leave its process or subprocess");
        }
        else
        {
            Problems.Report(at, BpmnProblemCodes.DanglingReference, $"{attribute} '{reference}' does not name a flow node");
        }

        return null;
    }

    private void Attach(ScopeDraft scope, NodeDraft draft, ScopeLinks links)
    {
        if (draft.Node is not BoundaryEventNode boundary || draft.AttachedToRef is not { } reference)
        {
            return;
        }

        var host = scope.FindNode(reference);
        if (host?.Node is ActivityNode activity)
        {
            boundary.AttachedTo = activity;
            activity.BoundaryList.Add(boundary);
            return;
        }

        links.Incomplete.Add(boundary);
        if (host is not null)
        {
            Problems.Report(
                draft.Element,
                BpmnProblemCodes.InvalidAttachment,
                $"attachedToRef '{reference}' is not an activity ({host.Element.Name.LocalName}); boundary events can only be attached to activities");
        }
        else if (context.ScopeOfNode(reference) is not null)
        {
            Problems.Report(
                draft.Element,
                BpmnProblemCodes.InvalidAttachment,
                $"attachedToRef '{reference}' is in another process or subprocess; a boundary event belongs to the scope of its activity");
        }
        else if (!context.IsRefused(reference))
        {
            Problems.Report(draft.Element, BpmnProblemCodes.DanglingReference, $"attachedToRef '{reference}' does not name an activity");
        }
    }

    private void SetDefaultFlow(NodeDraft draft, ScopeLinks links)
    {
        if (draft.DefaultFlowId is not { } id)
        {
            return;
        }

        if (!links.Flows.TryGetValue(id, out var flow))
        {
            if (!links.BrokenFlowIds.Contains(id))
            {
                Problems.Report(draft.Element, BpmnProblemCodes.DanglingReference, $"default '{id}' does not name a sequence flow of this scope");
            }

            return;
        }

        if (flow.Source != draft.Node)
        {
            Problems.Report(draft.Element, BpmnProblemCodes.InvalidDefaultFlow, $"default '{id}' is not an outgoing flow of this {draft.Element.Name.LocalName}");
            return;
        }

        switch (draft.Node)
        {
            case GatewayNode gateway:
                gateway.DefaultFlow = flow;
                break;
            case ActivityNode activity:
                activity.DefaultFlow = flow;
                break;
        }
    }
}
