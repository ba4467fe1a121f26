using System.Text.Json.Nodes;
using Thads.Workflows.Model;
using Thads.Workflows.Runtime.State;

namespace Thads.Workflows.Runtime.Execution;

internal sealed partial class ExecutionRun
{
    /// <summary>
    /// Completes an open user task: its variables are set from the task's scope outwards, then the token moves
    /// on. A task that a custom activity asked for instead resumes that activity with the entered values.
    /// </summary>
    public async Task CompleteUserTaskAsync(InstanceState instance, UserTaskState task, IReadOnlyDictionary<string, JsonNode?> variables)
    {
        var token = instance.Tokens[task.TokenId];
        task.Status = UserTaskStatus.Completed;
        task.EndedAt = Now;
        task.CompletedBy = Actor;
        instance.TaskChanges.Modify(task.Id);
        Emit(instance, WorkflowEventTypes.TaskCompleted, task.ElementId, token.Id, task.Id);
        var node = (ActivityNode)ProcessOf(instance).Node(token.ElementId);
        if (node is ServiceTaskNode service)
        {
            await ResumeServiceTaskAsync(instance, token, service, variables);
            return;
        }

        foreach (var (name, value) in variables)
        {
            SetVariable(instance, token.Id, name, value);
        }

        CompleteActivity(instance, token, node);
    }

    public int Reassign(InstanceState instance, string fromAssignee, string toAssignee, IReadOnlyDictionary<string, JsonNode?> variables)
    {
        foreach (var (name, value) in variables)
        {
            SetVariable(instance, null, name, value);
        }

        var moved = 0;
        foreach (var task in instance.Tasks.Values.Where(t => t.Status == UserTaskStatus.Open && t.Assignee == fromAssignee))
        {
            task.Assignee = toAssignee;
            instance.TaskChanges.Modify(task.Id);
            Emit(instance, WorkflowEventTypes.TaskReassigned, task.ElementId, task.TokenId, task.Id, $"{fromAssignee} → {toAssignee}");
            moved++;
        }

        return moved;
    }
}
