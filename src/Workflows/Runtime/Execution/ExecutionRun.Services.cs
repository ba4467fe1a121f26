using System.Text.Json.Nodes;
using Thads.Workflows.Activities;
using Thads.Workflows.Model;
using Thads.Workflows.Runtime.State;
using Thads.Workflows.Scripting;

namespace Thads.Workflows.Runtime.Execution;

/// <summary>
/// Service tasks: a registered custom activity runs; it completes, throws a BPMN error, faults (an
/// incident), or hands part of the work to a person and is resumed when that task is completed.
/// </summary>
internal sealed partial class ExecutionRun
{
    private ValueTask RunServiceTaskAsync(InstanceState instance, TokenState token, ServiceTaskNode node) =>
        InvokeActivityAsync(instance, token, node, resumeWith: null);

    /// <summary>A person completed the task a waiting activity asked for: the activity resumes with what they entered.</summary>
    private ValueTask ResumeServiceTaskAsync(InstanceState instance, TokenState token, ServiceTaskNode node, IReadOnlyDictionary<string, JsonNode?> taskData) =>
        InvokeActivityAsync(instance, token, node, taskData);

    private async ValueTask InvokeActivityAsync(InstanceState instance, TokenState token, ServiceTaskNode node, IReadOnlyDictionary<string, JsonNode?>? resumeWith)
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

        foreach (var property in descriptor.Inputs.Where(p => p.DefaultIsExpression && !inputs.ContainsKey(p.Name)))
        {
            try
            {
                inputs[property.Name] = ParameterValue(instance, token.Id, property.DefaultValue!);
            }
            catch (ScriptException)
            {
                // A default is a convenience: when its variable does not exist the input is simply not provided.
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
            invocation = await ActivityInvoker.InvokeAsync(_engine.ActivityFactory, descriptor, inputs, context, _cancellation, resumeWith);
        }
        catch (ActivityBindingException e)
        {
            RaiseIncident(instance, token, e.Message, IncidentRetry.Execute);
            return;
        }
        catch (Exception e) when (e is not (OperationCanceledException or TaskInputRefusedException))
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
            case ActivityResultKind.WaitingForTask:
                CreateActivityTask(instance, token, node, invocation.Result.Task!, armBoundaries: resumeWith is null);
                break;
            default:
                RaiseIncident(instance, token, invocation.Result.Message ?? $"Activity '{node.ActivityType}' faulted.", IncidentRetry.Execute);
                break;
        }
    }

    private void CreateActivityTask(InstanceState instance, TokenState token, ServiceTaskNode node, HumanTaskRequest request, bool armBoundaries)
    {
        DateTimeOffset? due;
        try
        {
            due = request.DueDate is null ? null : TimerMath.DueDate(request.DueDate, Now, _engine.Calendar);
        }
        catch (FormatException e)
        {
            RaiseIncident(instance, token, $"Activity '{node.ActivityType}' asked for a task with a bad due date: {e.Message}", IncidentRetry.Execute);
            return;
        }

        foreach (var (name, value) in request.Prefill ?? new Dictionary<string, JsonNode?>())
        {
            SetLocal(instance, token.Id, name, value?.DeepClone());
        }

        var task = new UserTaskState
        {
            Id = Guid.CreateVersion7(),
            TokenId = token.Id,
            ElementId = node.Id,
            Name = request.Name,
            Assignee = request.Assignee,
            CandidateRole = request.CandidateRole,
            CandidateUnit = request.CandidateUnit,
            DueAt = due,
            FormKey = request.FormKey,
            CreatedAt = Now,
            Status = UserTaskStatus.Open,
        };
        OpenTask(instance, token, task);
        if (armBoundaries && token.LoopCounter is null)
        {
            ArmBoundaryTimers(instance, token, node);
        }
    }
}
