using System.Text.Json.Nodes;
using Thads.Workflows.Model;
using Thads.Workflows.Runtime.State;
using Thads.Workflows.Scripting;

namespace Thads.Workflows.Runtime.Execution;

/// <summary>
/// Multi-instance activities. The arriving token is replaced by a body token that owns one child token per
/// instance; boundary events belong to the body. The body keeps <c>nrOfInstances</c>,
/// <c>nrOfActiveInstances</c> and <c>nrOfCompletedInstances</c>; each instance has <c>loopCounter</c> and,
/// over a collection, the element variable.
/// </summary>
internal sealed partial class ExecutionRun
{
    private const string NrOfInstances = "nrOfInstances";
    private const string NrOfActiveInstances = "nrOfActiveInstances";
    private const string NrOfCompletedInstances = "nrOfCompletedInstances";
    private const string LoopCounter = "loopCounter";

    private void StartMultiInstance(InstanceState instance, TokenState arriving, ActivityNode activity, MultiInstanceSpec loop)
    {
        int count;
        try
        {
            count = InstanceCount(instance, arriving, loop);
        }
        catch (Exception e) when (e is ScriptException or FormatException)
        {
            RaiseIncident(instance, arriving, $"Multi-instance '{activity.Id}': {e.Message}", IncidentRetry.Execute);
            return;
        }

        RemoveToken(instance, arriving);
        var body = NewToken(instance, activity.Id, arriving.ParentId, isBody: true);
        body.ArrivedVia = arriving.ArrivedVia;
        EmitStarted(instance, body, $"multi-instance x{count}");
        Wait(instance, body);
        SetLocal(instance, body.Id, NrOfInstances, count);
        SetLocal(instance, body.Id, NrOfCompletedInstances, 0);
        SetLocal(instance, body.Id, NrOfActiveInstances, loop.IsSequential ? Math.Min(count, 1) : count);
        ArmBoundaryTimers(instance, body, activity);
        if (count == 0)
        {
            CompleteActivity(instance, body, activity);
            return;
        }

        for (var i = 0; i < (loop.IsSequential ? 1 : count); i++)
        {
            StartLoopInstance(instance, body, activity, loop, i);
        }
    }

    private int InstanceCount(InstanceState instance, TokenState token, MultiInstanceSpec loop)
    {
        if (loop.Collection is not null)
        {
            return Collection(instance, token.Id, loop).Count;
        }

        var value = Evaluate(instance, token.Id, ExpressionText.Condition(loop.LoopCardinality!));
        if (JsonNumber.TryGetDouble(value, out var d) && d >= 0 && d == Math.Floor(d))
        {
            return (int)d;
        }

        if (value is JsonValue text && text.TryGetValue<string>(out var s) && int.TryParse(s, out var parsed) && parsed >= 0)
        {
            return parsed;
        }

        throw new FormatException($"loopCardinality '{loop.LoopCardinality}' gave {value?.ToJsonString() ?? "null"}, not a whole number ≥ 0.");
    }

    private JsonArray Collection(InstanceState instance, Guid scope, MultiInstanceSpec loop)
    {
        // Both forms are expressions: a bare variable name evaluates to that variable.
        var text = loop.Collection!;
        var value = Evaluate(instance, scope, ExpressionText.Condition(text));
        return value as JsonArray
            ?? throw new FormatException($"collection '{text}' is {value?.ToJsonString() ?? "null"}, not an array.");
    }

    private void StartLoopInstance(InstanceState instance, TokenState body, ActivityNode activity, MultiInstanceSpec loop, int index)
    {
        var child = NewToken(instance, activity.Id, body.Id, loopCounter: index);
        child.ArrivedVia = body.ArrivedVia;
        SetLocal(instance, child.Id, LoopCounter, index);
        if (loop.Collection is not null && loop.ElementVariable is not null)
        {
            try
            {
                var items = Collection(instance, body.Id, loop);
                SetLocal(instance, child.Id, loop.ElementVariable, index < items.Count ? items[index]?.DeepClone() : null);
            }
            catch (Exception e) when (e is ScriptException or FormatException)
            {
                RaiseIncident(instance, child, $"Multi-instance '{activity.Id}': {e.Message}", IncidentRetry.Execute);
                return;
            }
        }

        Enqueue(instance, child);
    }

    private void CompleteLoopInstance(InstanceState instance, TokenState child, ActivityNode activity)
    {
        var body = instance.Tokens[child.ParentId!.Value];
        var loop = activity.MultiInstance!;
        var done = false;
        if (loop.CompletionCondition is { } condition)
        {
            try
            {
                done = _engine.Scripts.EvaluateCondition(ExpressionText.Condition(condition), WithCounters(instance, child, body));
            }
            catch (ScriptException e)
            {
                RaiseIncident(instance, child, $"completionCondition of '{activity.Id}': {e.Message}", IncidentRetry.Leave);
                return;
            }
        }

        RemoveToken(instance, child);
        var locals = instance.Variables[body.Id];
        var total = JsonNumber.ToInt(locals[NrOfInstances]);
        var completed = JsonNumber.ToInt(locals[NrOfCompletedInstances]) + 1;
        SetLocal(instance, body.Id, NrOfCompletedInstances, completed);
        SetLocal(instance, body.Id, NrOfActiveInstances, JsonNumber.ToInt(locals[NrOfActiveInstances]) - 1);

        if (done)
        {
            CancelChildren(instance, body, "completion condition met");
            CompleteActivity(instance, body, activity);
        }
        else if (loop.IsSequential && completed < total)
        {
            SetLocal(instance, body.Id, NrOfActiveInstances, 1);
            StartLoopInstance(instance, body, activity, loop, completed);
        }
        else if (!instance.Tokens.Values.Any(t => t.ParentId == body.Id))
        {
            CompleteActivity(instance, body, activity);
        }
    }

    /// <summary>The completion condition sees the instance's variables and the counters as they will be after it.</summary>
    private Dictionary<string, JsonNode?> WithCounters(InstanceState instance, TokenState child, TokenState body)
    {
        var view = new Dictionary<string, JsonNode?>(Visible(instance, child.Id), StringComparer.Ordinal);
        var locals = instance.Variables[body.Id];
        view[NrOfCompletedInstances] = JsonNumber.ToInt(locals[NrOfCompletedInstances]) + 1;
        view[NrOfActiveInstances] = JsonNumber.ToInt(locals[NrOfActiveInstances]) - 1;
        return view;
    }
}
