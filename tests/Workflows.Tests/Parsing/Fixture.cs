using Thads.Workflows.Parsing;

namespace Thads.Workflows.Tests.Parsing;

/// <summary>Loads the BPMN files under Fixtures/Parsing, which the test project copies next to the assembly.</summary>
internal static class Fixture
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Parsing", name);

    public static string Text(string name) => File.ReadAllText(PathOf(name));

    public static BpmnParseResult Parse(string name, BpmnParserOptions? options = null) =>
        new BpmnParser(options).Parse(Text(name), name);

    public static BpmnParseResult ParseStream(string name, BpmnParserOptions? options = null)
    {
        using var stream = File.OpenRead(PathOf(name));
        return new BpmnParser(options).Parse(stream, name);
    }

    /// <summary>
    /// The line holding <paramref name="marker"/> and the column of the <c>&lt;</c> that opens the element the
    /// marker belongs to, computed from the file so tests keep passing when fixtures are edited above it.
    /// </summary>
    public static (int Line, int Column) PositionOf(string name, string marker)
    {
        var lines = File.ReadAllLines(PathOf(name));
        for (var i = 0; i < lines.Length; i++)
        {
            var at = lines[i].IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                return (i + 1, lines[i].LastIndexOf('<', at) + 1);
            }
        }

        throw new ArgumentException($"{marker} does not occur in {name}.", nameof(marker));
    }
}
