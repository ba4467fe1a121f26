using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Thads.Workflows.Forms;
using Thads.Workflows.Standard;

namespace Thads.Host.Api;

/// <summary>
/// Server-side check of submitted task values against the task's form-js form: only the form's fields, required
/// ones present, numbers as numbers within min/max, radio/select values among the allowed ones, checkboxes as
/// booleans, dates as yyyy-MM-dd. A field hidden by its simple <c>conditional.hide</c> expression
/// (<c>=flag</c>, <c>=field = "value"</c>, joined by <c>or</c>) is not required. Messages are Vietnamese.
/// </summary>
public static partial class FormValidator
{
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> HideRules = new(StringComparer.Ordinal);

    public static IReadOnlyList<KeyValuePair<string, string>> Validate(
        string formKey, FormSchema form, JsonObject values, IReadOnlyDictionary<string, JsonNode?> current)
    {
        var errors = new List<KeyValuePair<string, string>>();
        var fields = form.Fields.ToDictionary(f => f.Key, StringComparer.Ordinal);
        foreach (var (key, _) in values)
        {
            if (!fields.ContainsKey(key))
            {
                errors.Add(new(key, $"Trường \"{key}\" không có trong biểu mẫu."));
            }
        }

        var hide = HideRulesOf(formKey);
        foreach (var field in form.Fields)
        {
            var label = field.Label ?? field.Key;
            values.TryGetPropertyValue(field.Key, out var value);
            if (IsEmpty(value))
            {
                if (field.Required && !IsHidden(field.Key, hide, values, current))
                {
                    errors.Add(new(field.Key, $"{label}: bắt buộc nhập."));
                }

                continue;
            }

            if (TypeError(field, value!) is { } error)
            {
                errors.Add(new(field.Key, $"{label}: {error}"));
            }
        }

        return errors;
    }

    private static bool IsEmpty(JsonNode? value) =>
        value is null || (value is JsonValue v && v.GetValueKind() == JsonValueKind.String && string.IsNullOrWhiteSpace(v.GetValue<string>()));

    private static string? TypeError(FormField field, JsonNode value)
    {
        var kind = value.GetValueKind();
        switch (field.Type)
        {
            case "number":
                if (kind != JsonValueKind.Number)
                {
                    return "phải là số.";
                }

                var number = double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
                if (field.Min is { } min && number < min)
                {
                    return $"không được nhỏ hơn {min.ToString(CultureInfo.InvariantCulture)}.";
                }

                return field.Max is { } max && number > max ? $"không được lớn hơn {max.ToString(CultureInfo.InvariantCulture)}." : null;
            case "checkbox":
                return kind is JsonValueKind.True or JsonValueKind.False ? null : "phải là true hoặc false.";
            case "radio" or "select":
                var text = kind == JsonValueKind.String ? value.GetValue<string>() : kind == JsonValueKind.Number ? value.ToJsonString() : null;
                return text is not null && (field.AllowedValues.Count == 0 || field.AllowedValues.Contains(text, StringComparer.Ordinal))
                    ? null
                    : $"giá trị không nằm trong danh sách cho phép ({string.Join(", ", field.AllowedValues)}).";
            case "datetime":
                return kind == JsonValueKind.String
                    && (DateOnly.TryParseExact(value.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                        || DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                    ? null
                    : "phải là ngày dạng yyyy-MM-dd.";
            default:
                return kind == JsonValueKind.String ? null : "phải là chuỗi ký tự.";
        }
    }

    private static bool IsHidden(string key, IReadOnlyDictionary<string, string> rules, JsonObject values, IReadOnlyDictionary<string, JsonNode?> current)
    {
        if (!rules.TryGetValue(key, out var expression))
        {
            return false;
        }

        JsonNode? Read(string name) => values.TryGetPropertyValue(name, out var v) ? v : current.GetValueOrDefault(name);

        foreach (var term in expression.Split(" or ", StringSplitOptions.TrimEntries))
        {
            var equals = EqualsTerm().Match(term);
            if (equals.Success)
            {
                if (Read(equals.Groups[1].Value) is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() == equals.Groups[2].Value)
                {
                    return true;
                }
            }
            else if (NameTerm().IsMatch(term))
            {
                if (Read(term) is JsonValue flag && flag.GetValueKind() == JsonValueKind.True)
                {
                    return true;
                }
            }
        }

        // An expression this reader does not understand: the field is treated as shown (required stays required).
        return false;
    }

    /// <summary>Field key → hide expression (without the leading '='), read from the form's JSON once.</summary>
    private static IReadOnlyDictionary<string, string> HideRulesOf(string formKey) => HideRules.GetOrAdd(formKey, key =>
    {
        var rules = new Dictionary<string, string>(StringComparer.Ordinal);
        var assembly = typeof(StandardProcesses).Assembly;
        using var stream = assembly.GetManifestResourceStream("Definitions/forms/" + key + ".form");
        if (stream is null || JsonNode.Parse(stream) is not JsonObject root || root["components"] is not JsonArray components)
        {
            return rules;
        }

        Collect(components, rules);
        return rules;
    });

    private static void Collect(JsonArray components, Dictionary<string, string> rules)
    {
        foreach (var component in components.OfType<JsonObject>())
        {
            if (component["components"] is JsonArray children)
            {
                Collect(children, rules);
            }

            if (component["key"] is JsonValue key && key.GetValueKind() == JsonValueKind.String
                && component["conditional"]?["hide"] is JsonValue hide && hide.GetValueKind() == JsonValueKind.String
                && hide.GetValue<string>() is ['=', .. var expression])
            {
                rules[key.GetValue<string>()] = expression.Trim();
            }
        }
    }

    [GeneratedRegex("^([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*\"([^\"]*)\"$")]
    private static partial Regex EqualsTerm();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex NameTerm();
}
