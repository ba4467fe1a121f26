namespace Thads.Workflows.Model;

/// <summary>Where an element stands in its BPMN file, so every error can point at it.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
