using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Thads.Workflows.Activities;

/// <summary>
/// Reads scalars from JSON that came either from a BPMN literal (always a string, e.g. <c>"5000000"</c>) or
/// from an expression (any JSON type). Parsing is culture-invariant so a server's locale never changes meaning.
/// </summary>
internal static class JsonScalar
{
    private const NumberStyles NumberStyle = NumberStyles.Float;

    // Vietnamese text stays readable in messages instead of becoming \uXXXX escapes.
    private static readonly JsonSerializerOptions MessageOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static bool TryGetText(JsonNode node, [NotNullWhen(true)] out string? text)
    {
        text = null;
        if (node is not JsonValue value)
        {
            return false;
        }

        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                // Values created from CLR types such as Guid report the String kind but are not stored as strings.
                text = value.TryGetValue(out string? stored) ? stored : value.Deserialize<string>();
                return text is not null;
            case JsonValueKind.Number:
            case JsonValueKind.True:
            case JsonValueKind.False:
                text = value.ToJsonString();
                return true;
            default:
                return false;
        }
    }

    public static bool TryGetDecimal(JsonNode node, out decimal result)
    {
        if (node is JsonValue value && value.TryGetValue(out result))
        {
            return true;
        }

        result = 0;
        return TryGetNumberText(node, out var text)
            && decimal.TryParse(text, NumberStyle, CultureInfo.InvariantCulture, out result);
    }

    public static bool TryGetDouble(JsonNode node, out double result)
    {
        if (node is JsonValue value && value.TryGetValue(out result) && double.IsFinite(result))
        {
            return true;
        }

        result = 0;
        return TryGetNumberText(node, out var text)
            && double.TryParse(text, NumberStyle, CultureInfo.InvariantCulture, out result)
            && double.IsFinite(result);
    }

    public static bool TryGetInt64(JsonNode node, out long result)
    {
        if (node is JsonValue value && value.TryGetValue(out result))
        {
            return true;
        }

        // Through decimal so that JavaScript's "5" computed as 5.0 or written 5e3 still counts as a whole number.
        result = 0;
        if (!TryGetDecimal(node, out var number) || number != decimal.Truncate(number) || number < long.MinValue || number > long.MaxValue)
        {
            return false;
        }

        result = (long)number;
        return true;
    }

    public static bool TryGetInt32(JsonNode node, out int result)
    {
        if (node is JsonValue value && value.TryGetValue(out result))
        {
            return true;
        }

        result = 0;
        if (!TryGetInt64(node, out var number) || number < int.MinValue || number > int.MaxValue)
        {
            return false;
        }

        result = (int)number;
        return true;
    }

    public static bool TryGetBoolean(JsonNode node, out bool result)
    {
        result = false;
        if (node is not JsonValue value)
        {
            return false;
        }

        switch (value.GetValueKind())
        {
            case JsonValueKind.True:
                result = true;
                return true;
            case JsonValueKind.False:
                return true;
            case JsonValueKind.String:
                return TryGetText(node, out var text) && bool.TryParse(text.Trim(), out result);
            default:
                return false;
        }
    }

    /// <summary>True for values the designer leaves behind when an optional input is not filled in.</summary>
    public static bool IsAbsent(JsonNode? node)
    {
        if (node is null)
        {
            return true;
        }

        // Applying an element template writes an empty camunda:inputParameter for every input the user skips.
        return node is JsonValue value
            && value.GetValueKind() == JsonValueKind.String
            && value.TryGetValue(out string? text)
            && string.IsNullOrWhiteSpace(text);
    }

    /// <summary>Shortens a value for an error message so that large documents do not flood incident logs.</summary>
    public static string Describe(JsonNode? node)
    {
        const int maxLength = 120;
        var json = node?.ToJsonString(MessageOptions) ?? "null";
        return json.Length <= maxLength ? json : string.Concat(json.AsSpan(0, maxLength), "…");
    }

    private static bool TryGetNumberText(JsonNode node, [NotNullWhen(true)] out string? text)
    {
        text = null;
        if (node is not JsonValue value)
        {
            return false;
        }

        var kind = value.GetValueKind();
        return kind is JsonValueKind.Number or JsonValueKind.String && TryGetText(node, out text);
    }
}
