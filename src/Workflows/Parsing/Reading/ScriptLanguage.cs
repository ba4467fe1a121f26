namespace Thads.Workflows.Parsing.Reading;

/// <summary>The names under which the engine's only script language, JavaScript, may be declared.</summary>
internal static class ScriptLanguage
{
    private static readonly HashSet<string> JavaScriptNames = new(StringComparer.OrdinalIgnoreCase) { "javascript", "js", "ecmascript" };

    /// <summary>True for JavaScript, and for no declaration at all (JavaScript is the default).</summary>
    public static bool IsJavaScript(string? declared) => declared is null || JavaScriptNames.Contains(declared);
}
