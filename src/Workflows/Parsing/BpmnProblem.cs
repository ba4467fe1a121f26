namespace Thads.Workflows.Parsing;

/// <summary>
/// One thing wrong with a BPMN file. <see cref="Code"/> is stable (for translation and tests);
/// <see cref="Message"/> is the English text. Printed as <c>FILE:LINE:COL: elementId: message</c>.
/// </summary>
public sealed record BpmnProblem(string File, int Line, int Column, string? ElementId, string Code, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {ElementId ?? "-"}: {Message}";
}
