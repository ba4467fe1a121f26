using System.Text.Json.Nodes;
using Thads.Enforcement.Cases;
using Thads.Workflows.Activities;

namespace Thads.Activities;

/// <summary>Small shared readings of task data and domain refusals for the THADS activities.</summary>
internal static class ActivityText
{
    public static string? Text(IReadOnlyDictionary<string, JsonNode?> data, string key) =>
        data.GetValueOrDefault(key) is JsonValue value ? value.ToString() : null;

    /// <summary>What a person entered is refused: the task stays open and each field's message goes back to the form.</summary>
    public static TaskInputRefusedException Refused(string what, CaseValidationException refusal) =>
        new($"{what}: {Describe(refusal)}", refusal.Errors.Select(e => KeyValuePair.Create(e.Field, e.Message)).ToList());

    /// <summary>A case refusal in one line that names each field, for an incident or a BPMN error message.</summary>
    public static string Describe(CaseValidationException refusal) =>
        string.Join("; ", refusal.Errors.Select(e => $"{e.Field}: {e.Message}"));
}
