namespace Thads.Workflows.Model;

/// <summary>Recognises the <c>${ … }</c> wrapping that BPMN tools put around expressions.</summary>
public static class ExpressionText
{
    public static bool TryUnwrap(string text, out string expression)
    {
        var trimmed = text.Trim();
        if ((trimmed.StartsWith("${", StringComparison.Ordinal) || trimmed.StartsWith("#{", StringComparison.Ordinal))
            && trimmed.EndsWith('}'))
        {
            expression = trimmed[2..^1].Trim();
            return true;
        }

        expression = trimmed;
        return false;
    }

    /// <summary>A condition may be written with or without <c>${}</c>; both mean the same expression.</summary>
    public static string Condition(string text) => TryUnwrap(text, out var inner) ? inner : text.Trim();
}
