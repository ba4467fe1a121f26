using System.Globalization;
using System.Text.Json.Nodes;

namespace Thads.Workflows.Tests.Engine;

/// <summary>Reads JSON numbers whatever CLR type backs them (int, long, double or a parsed element).</summary>
internal static class JsonAssert
{
    public static decimal Number(JsonNode? node) =>
        decimal.Parse(node?.ToJsonString() ?? throw new ArgumentNullException(nameof(node)), NumberStyles.Float, CultureInfo.InvariantCulture);
}
