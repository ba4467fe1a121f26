namespace Thads.Workflows.Model;

/// <summary>
/// BPMN <c>multiInstanceLoopCharacteristics</c>. Either <see cref="LoopCardinality"/> (an expression giving
/// a count) or <see cref="Collection"/> (an expression giving an array) decides how many instances run.
/// </summary>
public sealed record MultiInstanceSpec(
    bool IsSequential,
    string? LoopCardinality,
    string? Collection,
    string? ElementVariable,
    string? CompletionCondition);
