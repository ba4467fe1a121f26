namespace Thads.Host.Cases.Diagram;

/// <summary>A waypoint of an edge (<c>di:waypoint</c>).</summary>
public readonly record struct DiagramPoint(double X, double Y);
