using System.Text.Json.Nodes;
using Thads.Workflows.Model;
using Thads.Workflows.Runtime.State;
using Thads.Workflows.Scripting;

namespace Thads.Workflows.Runtime.Execution;

internal sealed partial class ExecutionRun
{
    private async ValueTask EnterActivityAsync(InstanceState instance, TokenState token, ActivityNode activity)
    {
        if (activity.MultiInstance is { } loop && !token.IsMultiInstanceBody && token.LoopCounter is null)
        {
            StartMultiInstance(instance, token, activity, loop);
            return;
        }

        EmitStarted(instance, token);
        if (activity is not ServiceTaskNode && !TryApplyInputs(instance, token, activity))
        {
            return;
        }

        switch (activity)
        {
            case TaskNode:
                CompleteActivity(instance, token, activity);
                return;
            case UserTaskNode userTask:
                CreateUserTask(instance, token, userTask);
                break;
            case ScriptTaskNode script:
                RunScript(instance, token, script);
                return;
            case ServiceTaskNode service:
                await RunServiceTaskAsync(instance, token, service);
                return;
            case ReceiveTaskNode receive:
                WaitForMessage(instance, token, receive.MessageName);
                break;
            case SubProcessNode subProcess:
                Wait(instance, token);
                Enqueue(instance, NewToken(instance, subProcess.NoneStart!.Id, token.Id));
                break;
            case CallActivityNode call:
                await StartCalledProcessAsync(instance, token, call);
                break;
        }

        if (token.Status == TokenStatus.Waiting && token.LoopCounter is null)
        {
            ArmBoundaryTimers(instance, token, activity);
        }
    }

    private bool TryApplyInputs(InstanceState instance, TokenState token, ActivityNode activity)
    {
        foreach (var input in activity.Inputs)
        {
            try
            {
                SetLocal(instance, token.Id, input.Name, ParameterValue(instance, token.Id, input.Value));
            }
            catch (ScriptException e)
            {
                RaiseIncident(instance, token, $"Input '{input.Name}': {e.Message}", IncidentRetry.Execute);
                return false;
            }
        }

        return true;
    }

    private void Wait(InstanceState instance, TokenState token)
    {
        token.Status = TokenStatus.Waiting;
        token.ActivityActive = true;
        instance.TokenChanges.Modify(token.Id);
    }

    private void CreateUserTask(InstanceState instance, TokenState token, UserTaskNode node)
    {
        UserTaskState task;
        try
        {
            task = new UserTaskState
            {
                Id = Guid.CreateVersion7(),
                TokenId = token.Id,
                ElementId = node.Id,
                Name = node.Name,
                Assignee = Text(instance, token.Id, node.Assignee),
                CandidateRole = Text(instance, token.Id, node.CandidateRole),
                CandidateUnit = Text(instance, token.Id, node.CandidateUnit),
                DueAt = DueDate(instance, token, node.DueDate),
                FormKey = Text(instance, token.Id, node.FormKey),
                CreatedAt = Now,
                Status = UserTaskStatus.Open,
            };
        }
        catch (Exception e) when (e is ScriptException or FormatException)
        {
            RaiseIncident(instance, token, $"User task '{node.Id}': {e.Message}", IncidentRetry.Execute);
            return;
        }

        OpenTask(instance, token, task);
    }

    /// <summary>Puts a new user task on the token and makes the token wait for it.</summary>
    private void OpenTask(InstanceState instance, TokenState token, UserTaskState task)
    {
        instance.Tasks.Add(task.Id, task);
        instance.TaskChanges.Add(task.Id);
        Wait(instance, token);
        Emit(instance, WorkflowEventTypes.TaskCreated, task.ElementId, token.Id, task.Id, task.Assignee ?? task.CandidateRole);
    }

    private DateTimeOffset? DueDate(InstanceState instance, TokenState token, string? text)
    {
        var value = Text(instance, token.Id, text);
        return value is null ? null : TimerMath.DueDate(value, Now, _engine.Calendar);
    }

    private void RunScript(InstanceState instance, TokenState token, ScriptTaskNode node)
    {
        ScriptResult result;
        try
        {
            result = _engine.Scripts.Run(node.Script, Visible(instance, token.Id));
        }
        catch (ScriptException e)
        {
            RaiseIncident(instance, token, $"Script '{node.Id}' failed: {e.Message}", IncidentRetry.Execute);
            return;
        }

        foreach (var (name, value) in result.Changes)
        {
            SetVariable(instance, token.Id, name, value);
        }

        if (node.ResultVariable is { } resultVariable)
        {
            SetVariable(instance, token.Id, resultVariable, result.Value);
        }

        CompleteActivity(instance, token, node);
    }

    /// <summary>
    /// Leaves an activity: output parameters, boundary timers removed, then on along the outgoing flows
    /// (or back to the multi-instance body that owns this instance).
    /// </summary>
    public void CompleteActivity(InstanceState instance, TokenState token, ActivityNode activity)
    {
        if (!token.IsMultiInstanceBody && !TryApplyOutputs(instance, token, activity))
        {
            return;
        }

        DisarmBoundaryTimers(instance, token);
        token.ActivityActive = false;
        EmitCompleted(instance, token);
        DropScope(instance, token.Id);
        if (token.LoopCounter is not null)
        {
            CompleteLoopInstance(instance, token, activity);
            return;
        }

        token.Status = TokenStatus.Ready;
        instance.TokenChanges.Modify(token.Id);
        Leave(instance, token, activity);
    }

    private bool TryApplyOutputs(InstanceState instance, TokenState token, ActivityNode activity)
    {
        if (activity.Outputs.Count == 0)
        {
            return true;
        }

        var values = new List<(string Name, JsonNode? Value)>(activity.Outputs.Count);
        foreach (var output in activity.Outputs)
        {
            try
            {
                values.Add((output.Name, ParameterValue(instance, token.Id, output.Value)));
            }
            catch (ScriptException e)
            {
                RaiseIncident(instance, token, $"Output '{output.Name}': {e.Message}", IncidentRetry.Execute);
                return false;
            }
        }

        foreach (var (name, value) in values)
        {
            SetVariable(instance, token.ParentId, name, value);
        }

        return true;
    }
}
