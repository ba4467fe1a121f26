using System.Text.Json.Nodes;
using Thads.Workflows.Model;
using Thads.Workflows.Runtime.State;
using Thads.Workflows.Scripting;

namespace Thads.Workflows.Runtime.Execution;

/// <summary>End events, catch events, timers, messages and errors.</summary>
internal sealed partial class ExecutionRun
{
    private void ExecuteEnd(InstanceState instance, TokenState token, EndEventNode end)
    {
        EmitStarted(instance, token);
        switch (end.Definition)
        {
            case EventDefinitionKind.Terminate:
                EmitCompleted(instance, token);
                TerminateScope(instance, token.ParentId);
                break;
            case EventDefinitionKind.Error:
                ThrowError(instance, token, end.Error?.Code ?? end.Error?.Id ?? end.Id, end.Error?.Name);
                break;
            default:
                EmitCompleted(instance, token);
                EndToken(instance, token);
                break;
        }
    }

    private void ExecuteCatch(InstanceState instance, TokenState token, IntermediateCatchEventNode node)
    {
        EmitStarted(instance, token);
        if (node.MessageName is { } message)
        {
            WaitForMessage(instance, token, message);
            return;
        }

        if (ScheduleTimer(instance, token, node.Id, node.Timer!) is not null)
        {
            Wait(instance, token);
        }
    }

    private void WaitForMessage(InstanceState instance, TokenState token, string messageName)
    {
        var bookmark = new BookmarkState
        {
            Id = Guid.CreateVersion7(),
            TokenId = token.Id,
            Kind = BookmarkKind.Message,
            ElementId = token.ElementId,
            MessageName = messageName,
            CorrelationKey = instance.BusinessKey,
        };
        instance.Bookmarks.Add(bookmark.Id, bookmark);
        instance.BookmarkChanges.Add(bookmark.Id);
        Wait(instance, token);
        Emit(instance, WorkflowEventTypes.MessageWaiting, token.ElementId, token.Id, detail: messageName);
    }

    /// <summary>Creates a timer bookmark for <paramref name="elementId"/> owned by the token, or raises an incident.</summary>
    private BookmarkState? ScheduleTimer(InstanceState instance, TokenState token, string elementId, TimerDefinition timer)
    {
        TimerDue due;
        try
        {
            due = TimerMath.FirstDue(timer, Text(instance, token.Id, timer.Expression)!, Now, _engine.Calendar);
        }
        catch (Exception e) when (e is ScriptException or FormatException)
        {
            RaiseIncident(instance, token, $"Timer '{elementId}': {e.Message}", IncidentRetry.Execute);
            return null;
        }

        var bookmark = new BookmarkState
        {
            Id = Guid.CreateVersion7(),
            TokenId = token.Id,
            Kind = BookmarkKind.Timer,
            ElementId = elementId,
            DueAt = due.At,
            RemainingRepetitions = due.RemainingRepetitions,
            ScheduledAt = Now,
        };
        instance.Bookmarks.Add(bookmark.Id, bookmark);
        instance.BookmarkChanges.Add(bookmark.Id);
        Emit(instance, WorkflowEventTypes.TimerScheduled, elementId, token.Id, detail: due.At.ToString("O"));
        return bookmark;
    }

    private void ArmBoundaryTimers(InstanceState instance, TokenState token, ActivityNode activity)
    {
        foreach (var boundary in activity.BoundaryEvents)
        {
            if (boundary.Timer is { } timer && instance.Tokens.ContainsKey(token.Id) && token.Status != TokenStatus.Incident)
            {
                ScheduleTimer(instance, token, boundary.Id, timer);
            }
        }
    }

    private void DisarmBoundaryTimers(InstanceState instance, TokenState token) =>
        RemoveBookmarks(instance, token, b => b.Kind == BookmarkKind.Timer && b.ElementId != token.ElementId, emit: true);

    /// <summary>Fires a due timer. A bookmark that is gone (fired, or its activity ended) or not yet due is ignored: firing is idempotent.</summary>
    public bool FireTimer(InstanceState instance, Guid bookmarkId)
    {
        // An alarm that rings early (another node's clock, a trigger set for an older due time) fires nothing.
        if (instance.IsEnded || !instance.Bookmarks.TryGetValue(bookmarkId, out var bookmark) || bookmark.Kind != BookmarkKind.Timer
            || bookmark.DueAt > Now || !instance.Tokens.TryGetValue(bookmark.TokenId, out var token))
        {
            return false;
        }

        Emit(instance, WorkflowEventTypes.TimerFired, bookmark.ElementId, token.Id, detail: bookmark.DueAt?.ToString("O"));
        var node = ProcessOf(instance).Node(bookmark.ElementId);
        if (node is not BoundaryEventNode boundary)
        {
            RemoveBookmark(instance, bookmark);
            token.ActivityActive = false;
            EmitCompleted(instance, token);
            token.Status = TokenStatus.Ready;
            Leave(instance, token, node);
            return true;
        }

        if (boundary.CancelActivity)
        {
            var scope = token.ParentId;
            CancelToken(instance, token, $"interrupted by timer '{boundary.Id}'");
            Enqueue(instance, NewToken(instance, boundary.Id, scope));
            return true;
        }

        if (bookmark.RemainingRepetitions is { } left && left != 0 && boundary.Timer is { Kind: TimerKind.Cycle } cycle
            && NextCycleDue(instance, token, cycle, bookmark.DueAt!.Value) is { } next)
        {
            bookmark.DueAt = next;
            bookmark.RemainingRepetitions = left > 0 ? left - 1 : left;
            instance.BookmarkChanges.Modify(bookmark.Id);
            Emit(instance, WorkflowEventTypes.TimerScheduled, boundary.Id, token.Id, detail: bookmark.DueAt.Value.ToString("O"));
        }
        else
        {
            RemoveBookmark(instance, bookmark);
        }

        Enqueue(instance, NewToken(instance, boundary.Id, token.ParentId));
        return true;
    }

    /// <summary>
    /// Counts a working-day timer again from when it was set, after the calendar changed (a holiday added,
    /// a day swapped). Cycles, date timers and calendar-time timers are unaffected. Returns true when it moved.
    /// </summary>
    public bool RecountWorkingDayTimer(InstanceState instance, BookmarkState bookmark)
    {
        if (bookmark is not { Kind: BookmarkKind.Timer, ScheduledAt: { } scheduledAt }
            || ProcessOf(instance).Node(bookmark.ElementId) is not { } node
            || TimerOf(node) is not { Kind: TimerKind.Duration, Calendar: TimerMath.WorkingDays } timer)
        {
            return false;
        }

        DateTimeOffset due;
        try
        {
            due = TimerMath.FirstDue(timer, Text(instance, bookmark.TokenId, timer.Expression)!, scheduledAt, _engine.Calendar).At;
        }
        catch (Exception e) when (e is ScriptException or FormatException)
        {
            return false;
        }

        if (due == bookmark.DueAt)
        {
            return false;
        }

        Emit(instance, WorkflowEventTypes.TimerScheduled, bookmark.ElementId, bookmark.TokenId, detail: $"{due:O} (calendar changed)");
        bookmark.DueAt = due;
        instance.BookmarkChanges.Modify(bookmark.Id);
        return true;
    }

    private static TimerDefinition? TimerOf(FlowNode node) => node switch
    {
        IntermediateCatchEventNode catchEvent => catchEvent.Timer,
        BoundaryEventNode boundary => boundary.Timer,
        _ => null,
    };

    /// <summary>The next firing of a cycle; null (the cycle stops) when its expression no longer evaluates.</summary>
    private DateTimeOffset? NextCycleDue(InstanceState instance, TokenState token, TimerDefinition cycle, DateTimeOffset previous)
    {
        try
        {
            return TimerMath.NextCycleDue(cycle, Text(instance, token.Id, cycle.Expression)!, previous, _engine.Calendar);
        }
        catch (Exception e) when (e is ScriptException or FormatException)
        {
            return null;
        }
    }

    /// <summary>Delivers a message to a waiting receive task or catch event.</summary>
    public bool DeliverMessage(InstanceState instance, Guid bookmarkId, IReadOnlyDictionary<string, JsonNode?> variables)
    {
        if (instance.IsEnded || !instance.Bookmarks.TryGetValue(bookmarkId, out var bookmark) || bookmark.Kind != BookmarkKind.Message
            || !instance.Tokens.TryGetValue(bookmark.TokenId, out var token))
        {
            return false;
        }

        RemoveBookmark(instance, bookmark);
        Emit(instance, WorkflowEventTypes.MessageReceived, bookmark.ElementId, token.Id, detail: bookmark.MessageName);
        foreach (var (name, value) in variables)
        {
            SetVariable(instance, token.Id, name, value);
        }

        var node = ProcessOf(instance).Node(token.ElementId);
        if (node is ActivityNode activity)
        {
            CompleteActivity(instance, token, activity);
        }
        else
        {
            token.ActivityActive = false;
            EmitCompleted(instance, token);
            token.Status = TokenStatus.Ready;
            Leave(instance, token, node);
        }

        return true;
    }

    /// <summary>
    /// Throws a BPMN error from a token: the nearest enclosing activity with a matching error boundary event
    /// (an exact code before a catch-all) is cancelled and its boundary taken. Uncaught at the top of a
    /// called process, it goes to the caller; uncaught anywhere else, it becomes an incident.
    /// </summary>
    public void ThrowError(InstanceState instance, TokenState token, string code, string? message)
    {
        Emit(instance, WorkflowEventTypes.ErrorThrown, token.ElementId, token.Id, detail: message is null ? code : $"{code}: {message}");
        var process = ProcessOf(instance);
        Guid? candidate = process.Node(token.ElementId) is ActivityNode ? token.Id : token.ParentId;
        while (candidate is { } id && instance.Tokens.TryGetValue(id, out var scopeToken))
        {
            var activityToken = scopeToken.LoopCounter is not null ? instance.Tokens[scopeToken.ParentId!.Value] : scopeToken;
            var activity = (ActivityNode)process.Node(activityToken.ElementId);
            var boundary = activity.BoundaryEvents.FirstOrDefault(b => b.CatchesError && b.ErrorCode == code)
                ?? activity.BoundaryEvents.FirstOrDefault(b => b.CatchesError && b.ErrorCode is null);
            if (boundary is not null)
            {
                var scope = activityToken.ParentId;
                CancelToken(instance, activityToken, $"error '{code}' caught by '{boundary.Id}'");
                Enqueue(instance, NewToken(instance, boundary.Id, scope));
                return;
            }

            candidate = activityToken.ParentId;
        }

        if (instance.ParentInstanceId is { } callerId)
        {
            TerminateInstance(instance, $"error '{code}' not caught in the called process", notifyCaller: false);
            _agenda.Enqueue(new WorkItem(WorkKind.ThrowInCaller, callerId, instance.ParentTokenId!.Value, code, message));
            return;
        }

        // The thrower's message is the only explanation of the error (e.g. the domain's refusal naming the field), so
        // the incident an administrator reads keeps it.
        RaiseIncident(
            instance,
            token,
            $"BPMN error '{code}' was not caught by any error boundary event{(string.IsNullOrWhiteSpace(message) ? "." : $": {message}")}",
            IncidentRetry.Execute);
    }
}
