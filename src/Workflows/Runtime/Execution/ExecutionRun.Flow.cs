using Thads.Workflows.Model;
using Thads.Workflows.Runtime.State;
using Thads.Workflows.Scripting;

namespace Thads.Workflows.Runtime.Execution;

/// <summary>Sequence flows and gateways: which flows a token takes, and when joins fire.</summary>
internal sealed partial class ExecutionRun
{
    /// <summary>
    /// Leaves a node that is not a gateway: every unconditional flow and every true conditional flow is
    /// taken; the default flow only when none is. No outgoing flow at all ends the token.
    /// </summary>
    private void Leave(InstanceState instance, TokenState token, FlowNode node)
    {
        if (node.Outgoing.Count == 0)
        {
            EndToken(instance, token);
            return;
        }

        if (node.Outgoing.Count == 1 && node.Outgoing[0].Condition is null)
        {
            MoveAlong(instance, token, node.Outgoing);
            return;
        }

        var defaultFlow = (node as ActivityNode)?.DefaultFlow;
        if (TrySelect(instance, token, node, defaultFlow, firstOnly: false) is { } selected)
        {
            MoveAlong(instance, token, selected);
        }
    }

    /// <summary>
    /// The flows whose condition holds (in document order), or the default flow, or null after raising an
    /// incident when there is neither or a condition failed.
    /// </summary>
    private List<SequenceFlow>? TrySelect(InstanceState instance, TokenState token, FlowNode node, SequenceFlow? defaultFlow, bool firstOnly)
    {
        var selected = new List<SequenceFlow>(node.Outgoing.Count);
        foreach (var flow in node.Outgoing)
        {
            if (flow == defaultFlow)
            {
                continue;
            }

            bool taken;
            try
            {
                taken = flow.Condition is null || _engine.Scripts.EvaluateCondition(flow.Condition, Visible(instance, token.Id));
            }
            catch (ScriptException e)
            {
                RaiseIncident(instance, token, $"Condition of sequence flow '{flow.Id}' failed: {e.Message}", IncidentRetry.Leave);
                return null;
            }

            if (taken)
            {
                selected.Add(flow);
                if (firstOnly)
                {
                    break;
                }
            }
        }

        if (selected.Count == 0 && defaultFlow is not null)
        {
            selected.Add(defaultFlow);
        }

        if (selected.Count == 0)
        {
            RaiseIncident(instance, token, $"No outgoing sequence flow of '{node.Id}' can be taken: no condition is true and there is no default flow.", IncidentRetry.Leave);
            return null;
        }

        return selected;
    }

    /// <summary>Moves the token along the first flow and a new sibling token along each other one.</summary>
    private void MoveAlong(InstanceState instance, TokenState token, IReadOnlyList<SequenceFlow> flows)
    {
        for (var i = 0; i < flows.Count; i++)
        {
            var flow = flows[i];
            var moving = i == 0 ? token : NewToken(instance, flow.Target.Id, token.ParentId);
            moving.ElementId = flow.Target.Id;
            moving.ArrivedVia = flow.Id;
            instance.TokenChanges.Modify(moving.Id);
            Enqueue(instance, moving);
        }
    }

    private void ExecuteGateway(InstanceState instance, TokenState token, GatewayNode gateway)
    {
        switch (gateway.Kind)
        {
            case FlowNodeKind.ParallelGateway when gateway.IsJoin:
                ArriveAtParallelJoin(instance, token, gateway);
                break;
            case FlowNodeKind.InclusiveGateway when gateway.IsJoin:
                ArriveAtInclusiveJoin(instance, token, gateway);
                break;
            default:
                PassGateway(instance, token, gateway);
                break;
        }
    }

    private void PassGateway(InstanceState instance, TokenState token, GatewayNode gateway)
    {
        EmitStarted(instance, token);
        EmitCompleted(instance, token);
        if (gateway.Outgoing.Count == 0)
        {
            EndToken(instance, token);
            return;
        }

        switch (gateway.Kind)
        {
            case FlowNodeKind.ParallelGateway:
                MoveAlong(instance, token, gateway.Outgoing);
                break;
            case FlowNodeKind.ExclusiveGateway:
                if (TrySelect(instance, token, gateway, gateway.DefaultFlow, firstOnly: true) is { } one)
                {
                    MoveAlong(instance, token, one);
                }

                break;
            default:
                if (TrySelect(instance, token, gateway, gateway.DefaultFlow, firstOnly: false) is { } some)
                {
                    MoveAlong(instance, token, some);
                }

                break;
        }
    }

    /// <summary>A parallel join fires once a token waits on every incoming flow; it consumes one per flow.</summary>
    private void ArriveAtParallelJoin(InstanceState instance, TokenState token, GatewayNode gateway)
    {
        WaitAtJoin(instance, token);
        var waiting = WaitingAt(instance, gateway, token.ParentId);
        var onePerFlow = new List<TokenState>(gateway.Incoming.Count);
        foreach (var flow in gateway.Incoming)
        {
            var arrived = waiting.FirstOrDefault(t => t.ArrivedVia == flow.Id);
            if (arrived is null)
            {
                return;
            }

            onePerFlow.Add(arrived);
        }

        FireJoin(instance, token, gateway, onePerFlow);
    }

    /// <summary>
    /// An inclusive join fires at once when every incoming flow has a token; otherwise it is decided when
    /// the stimulus has nothing else to do (<see cref="ResolveInclusiveJoins"/>).
    /// </summary>
    private void ArriveAtInclusiveJoin(InstanceState instance, TokenState token, GatewayNode gateway)
    {
        WaitAtJoin(instance, token);
        var waiting = WaitingAt(instance, gateway, token.ParentId);
        if (gateway.Incoming.All(flow => waiting.Any(t => t.ArrivedVia == flow.Id)))
        {
            FireJoin(instance, token, gateway, waiting);
        }
    }

    private static void WaitAtJoin(InstanceState instance, TokenState token)
    {
        token.Status = TokenStatus.Waiting;
        instance.TokenChanges.Modify(token.Id);
    }

    private static List<TokenState> WaitingAt(InstanceState instance, GatewayNode gateway, Guid? scope) =>
        instance.Tokens.Values
            .Where(t => t.ElementId == gateway.Id && t.ParentId == scope && t.Status == TokenStatus.Waiting)
            .OrderBy(t => t.CreatedAt)
            .ToList();

    private void FireJoin(InstanceState instance, TokenState survivor, GatewayNode gateway, List<TokenState> consumed)
    {
        if (!consumed.Contains(survivor))
        {
            survivor = consumed[0];
        }

        foreach (var other in consumed.Where(t => t != survivor))
        {
            RemoveToken(instance, other);
        }

        PassGateway(instance, survivor, gateway);
    }

    /// <summary>
    /// Fires each inclusive join none of whose scope's other tokens can still reach it. Returns true when
    /// one fired (the agenda has work again).
    /// </summary>
    private bool ResolveInclusiveJoins()
    {
        foreach (var instance in _touched.Values.Where(i => !i.IsEnded))
        {
            var process = ProcessOf(instance);
            var candidates = instance.Tokens.Values
                .Where(t => t.Status == TokenStatus.Waiting)
                .Select(t => (Token: t, Node: process.Node(t.ElementId)))
                .Where(x => x.Node is GatewayNode { Kind: FlowNodeKind.InclusiveGateway, IsJoin: true })
                .GroupBy(x => (x.Token.ParentId, x.Node.Id))
                .ToList();
            foreach (var group in candidates)
            {
                var gateway = (GatewayNode)group.First().Node;
                var upstream = process.UpstreamOf(gateway);
                var blocked = instance.Tokens.Values.Any(t =>
                    t.ParentId == group.Key.ParentId && t.ElementId != gateway.Id && upstream.Contains(t.ElementId));
                if (!blocked)
                {
                    var waiting = group.Select(x => x.Token).OrderBy(t => t.CreatedAt).ToList();
                    FireJoin(instance, waiting[0], gateway, waiting);
                    return true;
                }
            }
        }

        return false;
    }
}
