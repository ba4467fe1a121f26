using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Thads.Workflows.Activities;

/// <summary>Reads and writes JSON-typed properties (<see cref="JsonNode"/>, <see cref="JsonObject"/>, <see cref="JsonArray"/>).</summary>
internal static class JsonTree
{
    public static bool TryReadAny(JsonNode node, out JsonNode value)
    {
        // Literal text that looks like an object or array is parsed; any other text stays a JSON string.
        if (node.GetValueKind() == JsonValueKind.String
            && JsonScalar.TryGetText(node, out var text)
            && text.TrimStart() is ['{', ..] or ['[', ..])
        {
            var ok = TryParse(text, out JsonNode? parsed);
            value = parsed!;
            return ok;
        }

        // A copy, because a node belongs to one parent and the activity must not change the caller's variables.
        value = node.DeepClone();
        return true;
    }

    public static bool TryRead<TNode>(JsonNode node, out TNode value)
        where TNode : JsonNode
    {
        if (node is TNode typed)
        {
            value = (TNode)typed.DeepClone();
            return true;
        }

        if (node.GetValueKind() == JsonValueKind.String && JsonScalar.TryGetText(node, out var text) && TryParse(text, out TNode? parsed))
        {
            value = parsed;
            return true;
        }

        value = null!;
        return false;
    }

    public static bool TryParse<TNode>(string text, [NotNullWhen(true)] out TNode? node)
        where TNode : JsonNode
    {
        try
        {
            node = JsonNode.Parse(text) as TNode;
            return node is not null;
        }
        catch (JsonException)
        {
            node = null;
            return false;
        }
    }

    public static JsonNode? Write<TNode>(TNode? value)
        where TNode : JsonNode
    {
        // A node can have only one parent; copying one that is already attached keeps the activity's own tree intact.
        return value?.Parent is null ? value : value.DeepClone();
    }
}
