using System.Text.Json;
using System.Text.Json.Nodes;

namespace Thads.Workflows.Forms;

/// <summary>
/// A form-js form as the engine needs it: the fields (with their keys, rules and defaults) found anywhere in
/// the component tree. Layout components (groups, text, spacers) contribute their children only.
/// </summary>
public sealed class FormSchema
{
    private FormSchema(string id, IReadOnlyList<FormField> fields)
    {
        Id = id;
        Fields = fields;
    }

    public string Id { get; }

    public IReadOnlyList<FormField> Fields { get; }

    /// <exception cref="FormatException">The text is not a form-js form (JSON with a <c>components</c> array).</exception>
    public static FormSchema Parse(string json)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject ?? throw new FormatException("A form must be a JSON object.");
        }
        catch (JsonException e)
        {
            throw new FormatException($"The form is not valid JSON: {e.Message}", e);
        }

        if (root["components"] is not JsonArray components)
        {
            throw new FormatException("The form has no 'components' array.");
        }

        var fields = new List<FormField>();
        Collect(components, fields);
        return new FormSchema(root["id"]?.GetValue<string>() ?? "", fields);
    }

    /// <summary>The values a person who accepts every default would submit.</summary>
    public Dictionary<string, JsonNode?> DefaultValues() =>
        Fields.Where(f => f.DefaultValue is not null).ToDictionary(f => f.Key, f => f.DefaultValue?.DeepClone(), StringComparer.Ordinal);

    /// <summary>
    /// What a person who accepts every default submits, with <paramref name="today"/> in each required date field that
    /// has no default: the forms leave such dates empty on purpose (the real date of the event), so a run with nobody
    /// at the keyboard (<c>workflow run --auto</c>, process tests) takes the day the task is done.
    /// </summary>
    public Dictionary<string, JsonNode?> AcceptedValues(DateOnly today)
    {
        var values = DefaultValues();
        foreach (var field in Fields.Where(f => f.Required && f.Type == "datetime" && f.DefaultValue is null))
        {
            values[field.Key] = JsonValue.Create(today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        return values;
    }

    private static void Collect(JsonArray components, List<FormField> fields)
    {
        foreach (var component in components.OfType<JsonObject>())
        {
            if (component["components"] is JsonArray children)
            {
                Collect(children, fields);
            }

            if (component["key"]?.GetValue<string>() is not { Length: > 0 } key)
            {
                continue;
            }

            var validate = component["validate"] as JsonObject;
            fields.Add(new FormField(
                key,
                component["type"]?.GetValue<string>() ?? "textfield",
                component["label"]?.GetValue<string>(),
                validate?["required"]?.GetValue<bool>() ?? false,
                Number(validate?["min"]),
                Number(validate?["max"]),
                component["defaultValue"]?.DeepClone(),
                (component["values"] as JsonArray)?.OfType<JsonObject>().Select(v => v["value"]?.ToString() ?? "").ToList() ?? []));
        }
    }

    private static double? Number(JsonNode? node) =>
        node is JsonValue value && double.TryParse(value.ToString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
}
