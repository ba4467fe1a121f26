using System.Text.Json.Nodes;

namespace Thads.Workflows.Scripting;

/// <summary>What a script task produced: its completion value and the variables it set, in order of setting.</summary>
public sealed record ScriptResult(JsonNode? Value, IReadOnlyDictionary<string, JsonNode?> Changes);
