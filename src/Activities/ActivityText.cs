using System.Globalization;
using System.Text.Json.Nodes;
using Thads.Enforcement.Cases;
using Thads.Workflows.Activities;

namespace Thads.Activities;

/// <summary>Small shared readings of task data and domain refusals for the THADS activities.</summary>
internal static class ActivityText
{
    public static string? Text(IReadOnlyDictionary<string, JsonNode?> data, string key) =>
        data.GetValueOrDefault(key) is JsonValue value ? value.ToString() : null;

    /// <summary>A process variable as text (what an earlier form set), or null when missing or empty.</summary>
    public static string? Variable(ActivityContext context, string name) =>
        context.GetVariable(name) is JsonValue value && value.ToString() is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    /// <summary>A date a form stored as yyyy-MM-dd (the form's date fields), or null when missing or not a date.</summary>
    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>What a person entered is refused: the task stays open and each field's message goes back to the form.</summary>
    public static TaskInputRefusedException Refused(string what, CaseValidationException refusal) =>
        new($"{what}: {Describe(refusal)}", refusal.Errors.Select(e => KeyValuePair.Create(e.Field, e.Message)).ToList());

    /// <summary>A case refusal in one line that names each field, for an incident or a BPMN error message.</summary>
    public static string Describe(CaseValidationException refusal) =>
        string.Join("; ", refusal.Errors.Select(e => $"{e.Field}: {e.Message}"));
}
