using System.Text.Json.Nodes;
using Thads.Workflows.Activities;
using Thads.Workflows.Model;
using Thads.Workflows.Runtime.State;
using Thads.Workflows.Scripting;

namespace Thads.Workflows.Runtime.Execution;

internal sealed partial class ExecutionRun
{
    private async ValueTask RunServiceTaskAsync(InstanceState instance, TokenState token, ServiceTaskNode node)
    {
        if (!_engine.Activities.TryGet(node.ActivityType, out var descriptor))
        {
            RaiseIncident(instance, token, $"Activity type '{node.ActivityType}' is not registered.", IncidentRetry.Execute);
            return;
        }

        var inputs = new Dictionary<string, JsonNode?>(node.Inputs.Count, StringComparer.Ordinal);
        foreach (var input in node.Inputs)
        {
            try
            {
                inputs[input.Name] = ParameterValue(instance, token.Id, input.Value);
            }
            catch (ScriptException e)
            {
                RaiseIncident(instance, token, $"Input '{input.Name}': {e.Message}", IncidentRetry.Execute);
                return;
            }
        }

        var context = new ActivityContext(
            instance.Id,
            instance.BusinessKey,
            instance.ProcessId,
            node.Id,
            Now,
            Actor,
            _engine.Services,
            name => Visible(instance, token.Id).GetValueOrDefault(name),
            (name, value) => SetVariable(instance, token.Id, name, value));

        ActivityInvocation invocation;
        try
        {
            invocation = await ActivityInvoker.InvokeAsync(_engine.ActivityFactory, descriptor, inputs, context, _cancellation);
        }
        catch (ActivityBindingException e)
        {
            RaiseIncident(instance, token, e.Message, IncidentRetry.Execute);
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            RaiseIncident(instance, token, $"Activity '{node.ActivityType}' failed: {e.Message}", IncidentRetry.Execute);
            return;
        }

        switch (invocation.Result.Kind)
        {
            case ActivityResultKind.Completed:
                foreach (var (name, value) in invocation.Outputs)
                {
                    SetVariable(instance, token.Id, name, value);
                }

                CompleteActivity(instance, token, node);
                break;
            case ActivityResultKind.BpmnError:
                ThrowError(instance, token, invocation.Result.ErrorCode!, invocation.Result.Message);
                break;
            default:
                RaiseIncident(instance, token, invocation.Result.Message ?? $"Activity '{node.ActivityType}' faulted.", IncidentRetry.Execute);
                break;
        }
    }
}
