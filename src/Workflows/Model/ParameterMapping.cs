namespace Thads.Workflows.Model;

/// <summary>
/// One input or output parameter. <see cref="Value"/> is a literal string unless it is written
/// <c>${…}</c>, in which case the inside is a JavaScript expression.
/// </summary>
public sealed record ParameterMapping(string Name, string Value)
{
    public bool IsExpression => ExpressionText.TryUnwrap(Value, out _);
}
