namespace Thads.Host.Cases.Diagram;

/// <summary>The words the picture uses, in the reader's language.</summary>
public sealed record DiagramTexts(string Title, string Done, string Current, string Incident);
