namespace Thads.Host.Designer;

/// <summary>The outcome of a deploy dry-run: valid, or the problems per element.</summary>
public sealed record ValidationReport(bool Valid, IReadOnlyList<DesignerProblem> Problems);
