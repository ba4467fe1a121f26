using Thads.Workflows.Model;
using Thads.Workflows.Runtime.State;

namespace Thads.Workflows.Runtime.Execution;

/// <summary>Tokens ending, scopes completing, cancellation and termination.</summary>
internal sealed partial class ExecutionRun
{
    /// <summary>A token finished its path; its scope completes when it was the last one.</summary>
    private void EndToken(InstanceState instance, TokenState token)
    {
        RemoveToken(instance, token);
        CompleteScopeIfEmpty(instance, token.ParentId);
    }

    private void CompleteScopeIfEmpty(InstanceState instance, Guid? scope)
    {
        if (instance.IsEnded || instance.Tokens.Values.Any(t => t.ParentId == scope))
        {
            return;
        }

        if (scope is null)
        {
            CompleteInstance(instance);
            return;
        }

        var scopeToken = instance.Tokens[scope.Value];
        if (!scopeToken.IsMultiInstanceBody)
        {
            CompleteActivity(instance, scopeToken, (ActivityNode)ProcessOf(instance).Node(scopeToken.ElementId));
        }
    }

    private void CompleteInstance(InstanceState instance)
    {
        instance.Status = InstanceStatus.Completed;
        instance.EndedAt = Now;
        Emit(instance, WorkflowEventTypes.ProcessCompleted, null);
        if (instance.ParentInstanceId is not null)
        {
            _agenda.Enqueue(new WorkItem(WorkKind.ResumeCaller, instance.Id, Guid.Empty));
        }
    }

    /// <summary>A terminate end event: everything else in its scope stops; the scope itself then completes.</summary>
    private void TerminateScope(InstanceState instance, Guid? scope)
    {
        foreach (var token in instance.Tokens.Values.Where(t => t.ParentId == scope).ToList())
        {
            if (instance.Tokens.ContainsKey(token.Id))
            {
                CancelToken(instance, token, "terminate end event", emitCancelled: token.Status != TokenStatus.Ready);
            }
        }

        if (scope is null)
        {
            instance.Status = InstanceStatus.Terminated;
            instance.EndedAt = Now;
            Emit(instance, WorkflowEventTypes.ProcessTerminated, null, detail: "terminate end event");
            if (instance.ParentInstanceId is not null)
            {
                _agenda.Enqueue(new WorkItem(WorkKind.ResumeCaller, instance.Id, Guid.Empty));
            }

            return;
        }

        CompleteScopeIfEmpty(instance, scope);
    }

    /// <summary>Ends an instance from outside (an administrator, or its caller being cancelled).</summary>
    public void TerminateInstance(InstanceState instance, string reason, bool notifyCaller)
    {
        foreach (var token in instance.Tokens.Values.Where(t => t.ParentId is null).ToList())
        {
            CancelToken(instance, token, reason);
        }

        instance.Status = InstanceStatus.Terminated;
        instance.EndedAt = Now;
        Emit(instance, WorkflowEventTypes.ProcessTerminated, null, detail: reason);
        if (notifyCaller && instance.ParentInstanceId is not null)
        {
            _agenda.Enqueue(new WorkItem(WorkKind.ResumeCaller, instance.Id, Guid.Empty));
        }
    }

    /// <summary>Cancels a token and everything it owns: inner tokens, tasks, timers, messages, called processes, incidents.</summary>
    private void CancelToken(InstanceState instance, TokenState token, string reason, bool emitCancelled = true)
    {
        CancelChildren(instance, token, reason);
        foreach (var task in instance.Tasks.Values.Where(t => t.TokenId == token.Id && t.Status == UserTaskStatus.Open))
        {
            task.Status = UserTaskStatus.Cancelled;
            task.EndedAt = Now;
            instance.TaskChanges.Modify(task.Id);
            Emit(instance, WorkflowEventTypes.TaskCancelled, task.ElementId, token.Id, task.Id, reason);
        }

        foreach (var incident in instance.Incidents.Values.Where(i => i.TokenId == token.Id && i.ResolvedAt is null))
        {
            incident.ResolvedAt = Now;
            instance.IncidentChanges.Modify(incident.Id);
            Emit(instance, WorkflowEventTypes.IncidentResolved, incident.ElementId, token.Id, detail: reason);
        }

        if (emitCancelled)
        {
            Emit(instance, WorkflowEventTypes.ActivityCancelled, token.ElementId, token.Id, detail: reason);
        }

        RemoveToken(instance, token);
    }

    private void CancelChildren(InstanceState instance, TokenState scope, string reason)
    {
        foreach (var child in instance.Tokens.Values.Where(t => t.ParentId == scope.Id).ToList())
        {
            CancelToken(instance, child, reason);
        }
    }

    /// <summary>Removes a token with its bookmarks and local variables (a called process is terminated).</summary>
    private void RemoveToken(InstanceState instance, TokenState token)
    {
        RemoveBookmarks(instance, token, _ => true, emit: true);
        DropScope(instance, token.Id);
        instance.Tokens.Remove(token.Id);
        instance.TokenChanges.Remove(token.Id);
    }

    private void RemoveBookmarks(InstanceState instance, TokenState token, Func<BookmarkState, bool> which, bool emit)
    {
        if (instance.Bookmarks.Count == 0)
        {
            return;
        }

        foreach (var bookmark in instance.Bookmarks.Values.Where(b => b.TokenId == token.Id && which(b)).ToList())
        {
            if (emit && bookmark.Kind == BookmarkKind.Timer)
            {
                Emit(instance, WorkflowEventTypes.TimerCancelled, bookmark.ElementId, token.Id);
            }

            if (bookmark.Kind == BookmarkKind.CalledProcess && bookmark.CalledInstanceId is { } called && emit)
            {
                _agenda.Enqueue(new WorkItem(WorkKind.TerminateCalled, called, Guid.Empty));
            }

            RemoveBookmark(instance, bookmark);
        }
    }

    private static void RemoveBookmark(InstanceState instance, BookmarkState bookmark)
    {
        instance.Bookmarks.Remove(bookmark.Id);
        instance.BookmarkChanges.Remove(bookmark.Id);
    }
}
