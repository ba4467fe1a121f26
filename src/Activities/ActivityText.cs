using System.Text.Json.Nodes;
using Thads.Enforcement.Cases;

namespace Thads.Activities;

/// <summary>Small shared readings of task data and domain refusals for the THADS activities.</summary>
internal static class ActivityText
{
    public static string? Text(IReadOnlyDictionary<string, JsonNode?> data, string key) =>
        data.GetValueOrDefault(key) is JsonValue value ? value.ToString() : null;

    /// <summary>A case refusal in one line that names each field, for an incident or a BPMN error message.</summary>
    public static string Describe(CaseValidationException refusal) =>
        string.Join("; ", refusal.Errors.Select(e => $"{e.Field}: {e.Message}"));
}
