namespace Thads.Host.Cases.Diagram;

/// <summary>A <c>bpmndi:BPMNEdge</c>: a sequence flow or association drawn through its waypoints.</summary>
public sealed record DiagramEdge(DiagramElement Element, IReadOnlyList<DiagramPoint> Points, DiagramBounds? Label);
