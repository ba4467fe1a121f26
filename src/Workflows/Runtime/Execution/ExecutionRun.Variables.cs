using System.Text.Json.Nodes;
using Thads.Workflows.Model;
using Thads.Workflows.Runtime.State;
using Thads.Workflows.Scripting;

namespace Thads.Workflows.Runtime.Execution;

internal sealed partial class ExecutionRun
{
    /// <summary>
    /// The variables a token sees: its own scope, then each enclosing scope, then the process; an inner
    /// variable hides an outer one of the same name.
    /// </summary>
    public IReadOnlyDictionary<string, JsonNode?> Visible(InstanceState instance, Guid? tokenId)
    {
        var process = instance.Variables[Guid.Empty];
        if (instance.Variables.Count == 1 || tokenId is null)
        {
            return process;
        }

        Dictionary<string, JsonNode?>? merged = null;
        for (Guid? scope = tokenId; scope is not null; scope = instance.Tokens.GetValueOrDefault(scope.Value)?.ParentId)
        {
            if (!instance.Variables.TryGetValue(scope.Value, out var local))
            {
                continue;
            }

            merged ??= new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
            foreach (var (name, value) in local)
            {
                merged.TryAdd(name, value);
            }
        }

        if (merged is null)
        {
            return process;
        }

        foreach (var (name, value) in process)
        {
            merged.TryAdd(name, value);
        }

        return merged;
    }

    /// <summary>Sets a variable where it already lives (nearest scope first), else on the process.</summary>
    public void SetVariable(InstanceState instance, Guid? fromScope, string name, JsonNode? value)
    {
        for (Guid? scope = fromScope; scope is not null; scope = instance.Tokens.GetValueOrDefault(scope.Value)?.ParentId)
        {
            if (instance.Variables.TryGetValue(scope.Value, out var local) && local.ContainsKey(name))
            {
                SetLocal(instance, scope.Value, name, value);
                return;
            }
        }

        SetLocal(instance, Guid.Empty, name, value);
    }

    public void SetLocal(InstanceState instance, Guid scope, string name, JsonNode? value)
    {
        if (!instance.Variables.TryGetValue(scope, out var local))
        {
            local = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
            instance.Variables[scope] = local;
        }

        var key = new VariableKey(scope, name);
        if (local.ContainsKey(name))
        {
            instance.VariableChanges.Modify(key);
        }
        else
        {
            instance.VariableChanges.Add(key);
        }

        local[name] = value;
    }

    /// <summary>Forgets a token's local variables when the token goes away.</summary>
    private static void DropScope(InstanceState instance, Guid scope)
    {
        if (!instance.Variables.Remove(scope, out var local))
        {
            return;
        }

        foreach (var name in local.Keys)
        {
            instance.VariableChanges.Remove(new VariableKey(scope, name));
        }
    }

    /// <summary>Evaluates a JavaScript expression in the token's scope; script failures propagate as <see cref="ScriptException"/>.</summary>
    public JsonNode? Evaluate(InstanceState instance, Guid? tokenId, string expression) =>
        _engine.Scripts.Evaluate(expression, Visible(instance, tokenId));

    /// <summary>A parameter value: the literal text, or the value of a <c>${…}</c> expression.</summary>
    public JsonNode? ParameterValue(InstanceState instance, Guid? tokenId, string text) =>
        ExpressionText.TryUnwrap(text, out var expression) ? Evaluate(instance, tokenId, expression) : JsonValue.Create(text);

    /// <summary>An attribute that may be an expression, reduced to text (null stays null).</summary>
    public string? Text(InstanceState instance, Guid? tokenId, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (!ExpressionText.TryUnwrap(text, out var expression))
        {
            return text;
        }

        var value = Evaluate(instance, tokenId, expression);
        return value is JsonValue jsonValue && jsonValue.TryGetValue<string>(out var s) ? s : value?.ToJsonString();
    }
}
