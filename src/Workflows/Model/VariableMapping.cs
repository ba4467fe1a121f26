namespace Thads.Workflows.Model;

/// <summary>
/// Copies a variable across a call activity: from <see cref="Source"/> (a variable name) or
/// <see cref="SourceExpression"/> (a JavaScript expression) into <see cref="Target"/>.
/// </summary>
public sealed record VariableMapping(string? Source, string? SourceExpression, string Target);
