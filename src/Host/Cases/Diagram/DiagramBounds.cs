namespace Thads.Host.Cases.Diagram;

/// <summary>A rectangle of the diagram interchange (<c>dc:Bounds</c>), in diagram units.</summary>
public sealed record DiagramBounds(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;

    public double CenterX => X + Width / 2;

    public double CenterY => Y + Height / 2;
}
