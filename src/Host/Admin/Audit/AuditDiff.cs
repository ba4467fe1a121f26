using System.Text.Json;
using System.Text.Json.Nodes;

namespace Thads.Host.Admin.Audit;

/// <summary>Compares the JSON images of a row before and after a change, key by key.</summary>
public static class AuditDiff
{
    /// <summary>Every key whose value differs (all keys for an added or deleted row), in key order.</summary>
    public static IReadOnlyList<AuditFieldChange> Changes(string? before, string? after)
    {
        var old = Parse(before);
        var @new = Parse(after);
        var keys = old.Select(p => p.Key).Concat(@new.Select(p => p.Key)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var changes = new List<AuditFieldChange>();
        foreach (var key in keys)
        {
            var was = old.TryGetPropertyValue(key, out var a) ? a : null;
            var now = @new.TryGetPropertyValue(key, out var b) ? b : null;
            if (!JsonNode.DeepEquals(was, now))
            {
                changes.Add(new AuditFieldChange(key, Text(was, old.ContainsKey(key)), Text(now, @new.ContainsKey(key))));
            }
        }

        return changes;
    }

    private static JsonObject Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(json) as JsonObject ?? [];
        }
        catch (JsonException)
        {
            // A row written by hand or by an older version: shown whole in the detail, just not compared.
            return [];
        }
    }

    private static string? Text(JsonNode? node, bool present) =>
        !present ? null : node is null ? "null" : node is JsonValue value && value.TryGetValue<string>(out var text) ? text : node.ToJsonString();
}
