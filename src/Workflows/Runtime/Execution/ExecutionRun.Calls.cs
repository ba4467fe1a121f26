using System.Text.Json.Nodes;
using Thads.Workflows.Model;
using Thads.Workflows.Runtime.State;
using Thads.Workflows.Scripting;

namespace Thads.Workflows.Runtime.Execution;

/// <summary>
/// Call activities: the called process runs as its own instance (same business key) inside the same
/// stimulus, and reports back through the agenda when it ends or throws.
/// </summary>
internal sealed partial class ExecutionRun
{
    private async ValueTask StartCalledProcessAsync(InstanceState instance, TokenState token, CallActivityNode call)
    {
        var record = await _engine.Store.FindLatestDefinitionAsync(call.CalledElement, _cancellation);
        if (record is null)
        {
            RaiseIncident(instance, token, $"Called process '{call.CalledElement}' is not deployed.", IncidentRetry.Execute);
            return;
        }

        Dictionary<string, JsonNode?> variables;
        try
        {
            variables = Map(Visible(instance, token.Id), call.PassAllIn, call.InMappings, scope => Evaluate(instance, token.Id, scope));
        }
        catch (ScriptException e)
        {
            RaiseIncident(instance, token, $"Call activity '{call.Id}' input: {e.Message}", IncidentRetry.Execute);
            return;
        }

        var called = _engine.Cache(record);
        if (called.Process.NoneStart is null)
        {
            RaiseIncident(instance, token, $"Called process '{call.CalledElement}' has no none start event; it can only be started by its timers.", IncidentRetry.Execute);
            return;
        }

        Wait(instance, token);
        var child = StartInstance(called, variables, instance.BusinessKey, instance.Id, token.Id);
        var bookmark = new BookmarkState
        {
            Id = Guid.CreateVersion7(),
            TokenId = token.Id,
            Kind = BookmarkKind.CalledProcess,
            ElementId = call.Id,
            CalledInstanceId = child.Id,
        };
        instance.Bookmarks.Add(bookmark.Id, bookmark);
        instance.BookmarkChanges.Add(bookmark.Id);
    }

    private static Dictionary<string, JsonNode?> Map(
        IReadOnlyDictionary<string, JsonNode?> source,
        bool passAll,
        IReadOnlyList<VariableMapping> mappings,
        Func<string, JsonNode?> evaluate)
    {
        var result = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        if (passAll)
        {
            foreach (var (name, value) in source)
            {
                result[name] = value?.DeepClone();
            }
        }

        foreach (var mapping in mappings)
        {
            result[mapping.Target] = mapping.SourceExpression is { } expression
                ? evaluate(ExpressionText.Condition(expression))
                : source.GetValueOrDefault(mapping.Source!)?.DeepClone();
        }

        return result;
    }

    private async Task ResumeCallerAsync(WorkItem item)
    {
        var child = _touched[item.InstanceId];
        var caller = await TryGetInstanceAsync(child.ParentInstanceId!.Value);
        if (caller is null || caller.IsEnded || !caller.Tokens.TryGetValue(child.ParentTokenId!.Value, out var token))
        {
            return;
        }

        var call = (CallActivityNode)ProcessOf(caller).Node(token.ElementId);
        RemoveBookmarks(caller, token, b => b.Kind == BookmarkKind.CalledProcess && b.CalledInstanceId == child.Id, emit: false);
        Dictionary<string, JsonNode?> results;
        try
        {
            results = Map(child.Variables[Guid.Empty], call.PassAllOut, call.OutMappings, e => Evaluate(child, null, e));
        }
        catch (ScriptException e)
        {
            RaiseIncident(caller, token, $"Call activity '{call.Id}' output: {e.Message}", IncidentRetry.Execute);
            return;
        }

        foreach (var (name, value) in results)
        {
            SetVariable(caller, token.Id, name, value);
        }

        CompleteActivity(caller, token, call);
    }

    private async Task ThrowInCallerAsync(WorkItem item)
    {
        var caller = await TryGetInstanceAsync(item.InstanceId);
        if (caller is null || caller.IsEnded || !caller.Tokens.TryGetValue(item.TokenId, out var token))
        {
            return;
        }

        RemoveBookmarks(caller, token, b => b.Kind == BookmarkKind.CalledProcess, emit: false);
        ThrowError(caller, token, item.ErrorCode!, item.Message);
    }

    private async Task TerminateCalledAsync(Guid instanceId)
    {
        var called = await TryGetInstanceAsync(instanceId);
        if (called is not null && !called.IsEnded)
        {
            TerminateInstance(called, "the calling activity was cancelled", notifyCaller: false);
        }
    }
}
