using System.Text.Json.Nodes;

namespace Thads.Workflows.Tests.Scripting;

/// <summary>Builds the variable dictionaries the runner reads.</summary>
internal static class ScriptVariables
{
    public static IReadOnlyDictionary<string, JsonNode?> None { get; } = new Dictionary<string, JsonNode?>();

    public static Dictionary<string, JsonNode?> Of(params (string Name, JsonNode? Value)[] variables) =>
        variables.ToDictionary(variable => variable.Name, variable => variable.Value);
}
