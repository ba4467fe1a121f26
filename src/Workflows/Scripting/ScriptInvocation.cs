using System.Collections.ObjectModel;
using System.Text.Json.Nodes;

namespace Thads.Workflows.Scripting;

/// <summary>The variables one evaluation reads and the changes it makes through <c>execution.setVariable</c>.</summary>
internal sealed class ScriptInvocation
{
    private OrderedDictionary<string, JsonNode?>? _changes;

    public ScriptInvocation(IReadOnlyDictionary<string, JsonNode?> variables, bool allowsWrites)
    {
        Variables = variables;
        AllowsWrites = allowsWrites;
    }

    public IReadOnlyDictionary<string, JsonNode?> Variables { get; }

    /// <summary>Only script tasks may set variables; a condition that did so would change state as a side effect.</summary>
    public bool AllowsWrites { get; }

    /// <summary>The changes in order of first setting; an overwrite keeps its first position.</summary>
    public IReadOnlyDictionary<string, JsonNode?> Changes =>
        _changes is null ? ReadOnlyDictionary<string, JsonNode?>.Empty : new ReadOnlyDictionary<string, JsonNode?>(_changes);

    /// <summary>Reads a variable as the script currently sees it: its own earlier writes win.</summary>
    public bool TryGetVariable(string name, out JsonNode? value)
    {
        if (_changes is not null && _changes.TryGetValue(name, out value))
        {
            return true;
        }

        return Variables.TryGetValue(name, out value);
    }

    public void SetVariable(string name, JsonNode? value)
    {
        _changes ??= new OrderedDictionary<string, JsonNode?>(StringComparer.Ordinal);
        _changes[name] = value;
    }
}
