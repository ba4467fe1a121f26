using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace Thads.Workflows.Scripting;

/// <summary>
/// Turns process variables (JSON) into fresh JavaScript values. Every call builds new objects, so a script that
/// mutates what it read never touches the stored variable or another evaluation's copy.
/// </summary>
internal static class JsonToJsConverter
{
    // Deeper documents are almost certainly built by mistake (or maliciously); the native recursion below
    // must not be the thing that finds the limit.
    private const int MaxDepth = 128;

    public static JsValue Convert(Engine engine, JsonNode? node, string variableName) =>
        Convert(engine, node, variableName, depth: 0);

    private static JsValue Convert(Engine engine, JsonNode? node, string variableName, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new JavaScriptException(
                engine.Intrinsics.TypeError, $"variable '{variableName}' is nested more than {MaxDepth} levels deep");
        }

        return node switch
        {
            null => JsValue.Null,
            JsonObject obj => ConvertObject(engine, obj, variableName, depth),
            JsonArray array => ConvertArray(engine, array, variableName, depth),
            JsonValue value => ConvertValue(value),
            _ => throw new InvalidOperationException($"Unknown JSON node type {node.GetType()}."),
        };
    }

    private static JsValue ConvertObject(Engine engine, JsonObject obj, string variableName, int depth)
    {
        var result = new JsObject(engine);
        foreach (var (key, child) in obj)
        {
            // CreateDataProperty defines an own property even for keys such as "__proto__", as JSON.parse does.
            result.CreateDataProperty(key, Convert(engine, child, variableName, depth + 1));
        }

        return result;
    }

    private static JsValue ConvertArray(Engine engine, JsonArray array, string variableName, int depth)
    {
        var items = new JsValue[array.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = Convert(engine, array[i], variableName, depth + 1);
        }

        return new JsArray(engine, items);
    }

    private static JsValue ConvertValue(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.True => JsBoolean.True,
        JsonValueKind.False => JsBoolean.False,
        JsonValueKind.Number => JsNumber.Create(ReadNumber(value)),
        JsonValueKind.String => JsString.Create(ReadString(value)),
        _ => JsValue.Null,
    };

    private static double ReadNumber(JsonValue value)
    {
        // A JsonValue built in code holds the CLR number it was created from, and TryGetValue<double>
        // only succeeds for parsed documents; the JSON text is the one representation every kind shares.
        if (value.TryGetValue<double>(out var number))
        {
            return number;
        }

        if (value.TryGetValue<long>(out var integer))
        {
            return integer;
        }

        if (value.TryGetValue<int>(out var small))
        {
            return small;
        }

        return double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static string ReadString(JsonValue value) =>
        value.TryGetValue<string>(out var text)
            ? text
            : JsonSerializer.Deserialize<string>(value) ?? string.Empty; // DateTime, Guid, char… as their JSON text
}
