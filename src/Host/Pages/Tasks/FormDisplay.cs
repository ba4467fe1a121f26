using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Thads.Workflows.Forms;
using Thads.Workflows.Standard;

namespace Thads.Host.Pages.Tasks;

/// <summary>
/// What the HTML form needs beyond <see cref="FormSchema"/> (which the validator uses): the labels of radio/select
/// options, <c>dateLabel</c> of date fields and descriptions, read once per form key from the form-js JSON. Also turns
/// the posted strings into the JSON values the validator and engine expect.
/// </summary>
public static class FormDisplay
{
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, FieldDisplay>> Cache = new(StringComparer.Ordinal);

    public sealed record FieldDisplay(string? Label, string? Description, IReadOnlyDictionary<string, string> OptionLabels);

    public static string LabelOf(string formKey, FormField field) =>
        Of(formKey).GetValueOrDefault(field.Key)?.Label ?? field.Label ?? field.Key;

    public static string? DescriptionOf(string formKey, FormField field) => Of(formKey).GetValueOrDefault(field.Key)?.Description;

    public static string OptionLabel(string formKey, FormField field, string value) =>
        Of(formKey).GetValueOrDefault(field.Key)?.OptionLabels.GetValueOrDefault(value) ?? value;

    /// <summary>A JSON value as the text an HTML input shows (dates as yyyy-MM-dd).</summary>
    public static string? Text(FormField field, JsonNode? value)
    {
        if (value is not JsonValue v)
        {
            return null;
        }

        var text = v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString();
        if (field.Type == "datetime" && text.Length > 10 && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            return at.ToOffset(TaskInbox.VietnamOffset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return text;
    }

    /// <summary>
    /// Posted form values → JSON: empty inputs are left out, numbers become numbers (unreadable ones stay text so the
    /// validator names them), checkboxes become true/false, everything else stays text.
    /// </summary>
    public static JsonObject ToJson(FormSchema form, Func<string, string?> posted)
    {
        var values = new JsonObject();
        foreach (var field in form.Fields)
        {
            var raw = posted(field.Key);
            if (field.Type == "checkbox")
            {
                values[field.Key] = raw is "true" or "on";
                continue;
            }

            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            raw = raw.Trim();
            if (field.Type == "number")
            {
                var compact = raw.Replace(" ", "", StringComparison.Ordinal);
                if (long.TryParse(compact, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
                {
                    values[field.Key] = whole;
                }
                else if (double.TryParse(compact, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
                {
                    values[field.Key] = real;
                }
                else
                {
                    values[field.Key] = raw;
                }

                continue;
            }

            values[field.Key] = raw;
        }

        return values;
    }

    private static IReadOnlyDictionary<string, FieldDisplay> Of(string formKey) => Cache.GetOrAdd(formKey, key =>
    {
        var result = new Dictionary<string, FieldDisplay>(StringComparer.Ordinal);
        using var stream = typeof(StandardProcesses).Assembly.GetManifestResourceStream("Definitions/forms/" + key + ".form");
        if (stream is not null && JsonNode.Parse(stream) is JsonObject root && root["components"] is JsonArray components)
        {
            Collect(components, result);
        }

        return result;
    });

    private static void Collect(JsonArray components, Dictionary<string, FieldDisplay> result)
    {
        foreach (var component in components.OfType<JsonObject>())
        {
            if (component["components"] is JsonArray children)
            {
                Collect(children, result);
            }

            if (Str(component["key"]) is not { Length: > 0 } key)
            {
                continue;
            }

            var options = new Dictionary<string, string>(StringComparer.Ordinal);
            if (component["values"] is JsonArray values)
            {
                foreach (var option in values.OfType<JsonObject>())
                {
                    var value = option["value"]?.ToString() ?? "";
                    options[value] = Str(option["label"]) ?? value;
                }
            }

            result[key] = new FieldDisplay(
                Str(component["label"]) ?? Str(component["dateLabel"]) ?? Str(component["timeLabel"]),
                Str(component["description"]),
                options);
        }
    }

    private static string? Str(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() is { Length: > 0 } s ? s : null;
}
