using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Thads.Workflows.Runtime.Execution;

/// <summary>
/// Reads a JSON number whatever CLR type backs the node: values built in code hold int or long, values
/// read back from the store hold a parsed element, and <c>GetValue</c> refuses to convert between them.
/// </summary>
internal static class JsonNumber
{
    public static bool TryGetDouble(JsonNode? node, out double value)
    {
        value = 0;
        return node is JsonValue v && v.GetValueKind() == JsonValueKind.Number
            && double.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    public static int ToInt(JsonNode? node) =>
        TryGetDouble(node, out var value) ? (int)value : throw new FormatException($"{node?.ToJsonString() ?? "null"} is not a number.");
}
