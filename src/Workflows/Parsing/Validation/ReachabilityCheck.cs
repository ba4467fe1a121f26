using Thads.Workflows.Model;
using Thads.Workflows.Parsing.Reading;

namespace Thads.Workflows.Parsing.Validation;

/// <summary>
/// Finds nodes that have incoming flows but still cannot be reached from the start event, such as a loop
/// of tasks feeding only each other. Boundary events are reached through their activity. The walk is a
/// queue, not recursion, so the size of a graph does not matter.
/// </summary>
internal static class ReachabilityCheck
{
    public static void Run(ScopeDraft scope, ProblemCollector problems)
    {
        var start = scope.Nodes.Select(d => d.Node).OfType<StartEventNode>().Single();
        var reached = new HashSet<FlowNode> { start };
        var queue = new Queue<FlowNode>(reached);
        while (queue.TryDequeue(out var node))
        {
            var next = node.Outgoing.Select(f => f.Target)
                .Concat(node is ActivityNode activity ? activity.BoundaryEvents : []);
            foreach (var successor in next.Where(reached.Add))
            {
                queue.Enqueue(successor);
            }
        }

        // Nodes without any incoming flow were reported already; only the deceptive ones are left.
        foreach (var draft in scope.Nodes.Where(d => !reached.Contains(d.Node) && d.Node.Incoming.Count > 0))
        {
            problems.Report(draft.Element, BpmnProblemCodes.UnreachableNode, "this node cannot be reached from the start event");
        }
    }
}
