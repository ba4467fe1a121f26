using System.Text.Json.Nodes;

namespace Thads.Workflows.Activities;

/// <summary>Reads and writes lists of texts (<c>string[]</c>, <c>List&lt;string&gt;</c>, <c>IReadOnlyList&lt;string&gt;</c>).</summary>
internal static class JsonTextList
{
    public static bool TryReadArray(JsonNode node, out string[] value)
    {
        var ok = TryReadList(node, out var list);
        value = ok ? [.. list] : [];
        return ok;
    }

    public static bool TryReadReadOnlyList(JsonNode node, out IReadOnlyList<string> value)
    {
        var ok = TryReadArray(node, out var array);
        value = array;
        return ok;
    }

    public static bool TryReadList(JsonNode node, out List<string> value)
    {
        value = [];
        if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                if (item is null || !JsonScalar.TryGetText(item, out var text))
                {
                    return false;
                }

                value.Add(text);
            }

            return true;
        }

        if (!JsonScalar.TryGetText(node, out var literal))
        {
            return false;
        }

        // A BPMN literal has no JSON types, so both "a, b" and ["a","b"] are accepted as lists.
        if (literal.TrimStart().StartsWith('['))
        {
            return JsonTree.TryParse(literal, out JsonArray? parsed) && TryReadList(parsed, out value);
        }

        value.AddRange(literal.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        return true;
    }

    public static JsonNode? Write(IEnumerable<string>? values)
    {
        if (values is null)
        {
            return null;
        }

        var array = new JsonArray();
        foreach (var item in values)
        {
            array.Add(item is null ? null : JsonValue.Create(item));
        }

        return array;
    }
}
