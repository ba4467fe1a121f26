namespace Thads.Host.Cases.Diagram;

/// <summary>A <c>bpmndi:BPMNShape</c>: where an element is drawn, and where its label goes when it has its own bounds.</summary>
public sealed record DiagramShape(DiagramElement Element, DiagramBounds Bounds, bool Expanded, DiagramBounds? Label);
