using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace Thads.Workflows.Activities;

/// <summary>Converts between JSON process values and one CLR property type, in both directions.</summary>
internal sealed class ValueConverter<T>(ActivityValueKind kind, string expectation, JsonReader<T> read, Func<T, JsonNode?> write)
    : ValueConverter(kind, expectation)
{
    public bool TryRead(JsonNode node, [MaybeNullWhen(false)] out T value) => read(node, out value);

    /// <summary>Converts an output value; throws <see cref="FormatException"/> when JSON cannot represent it.</summary>
    public JsonNode? Write(T value) => write(value);
}
