using System.Collections.Concurrent;
using Thads.Workflows.Model;

namespace Thads.Workflows.Runtime.Execution;

/// <summary>A deployed definition with its parsed process, and graph facts computed once and shared.</summary>
internal sealed class DeployedProcess(DefinitionRecord record, ProcessModel process)
{
    private readonly ConcurrentDictionary<string, HashSet<string>> _upstreamOfJoin = new(StringComparer.Ordinal);

    public DefinitionRecord Record { get; } = record;

    public ProcessModel Process { get; } = process;

    public FlowNode Node(string elementId) =>
        Process.FindNode(elementId) ?? throw new InvalidOperationException($"Element '{elementId}' is not in process '{Process.Id}' v{Record.Version}.");

    /// <summary>
    /// The nodes of the join's scope from which a token could still reach it (through flows and boundary
    /// events). An inclusive join waits while any token sits on one of them.
    /// </summary>
    public HashSet<string> UpstreamOf(GatewayNode join) => _upstreamOfJoin.GetOrAdd(join.Id, _ => ComputeUpstream(join));

    private static HashSet<string> ComputeUpstream(GatewayNode join)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<FlowNode>();
        pending.Push(join);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            foreach (var flow in node.Incoming)
            {
                Visit(flow.Source);
            }

            if (node is BoundaryEventNode boundary)
            {
                Visit(boundary.AttachedTo);
            }
        }

        return seen;

        void Visit(FlowNode source)
        {
            if (source != join && seen.Add(source.Id))
            {
                pending.Push(source);
            }
        }
    }
}
