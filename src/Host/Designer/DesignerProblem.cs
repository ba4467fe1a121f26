namespace Thads.Host.Designer;

/// <summary>
/// One reason a diagram cannot be published, for the designer: <see cref="ElementId"/> is the shape it is drawn on
/// (null for the whole file), <see cref="Message"/> the Vietnamese sentence, <see cref="Detail"/> the engine's own text.
/// </summary>
public sealed record DesignerProblem(string? ElementId, string Code, string Message, string Detail, int Line, int Column);
