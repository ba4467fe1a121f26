namespace Thads.Host.Cases.Diagram;

/// <summary>How far an instance has come: elements it has completed, and where its tokens wait now.</summary>
public sealed record DiagramProgress(IReadOnlySet<string> Done, IReadOnlySet<string> Current, IReadOnlySet<string> Incidents)
{
    public static readonly DiagramProgress None = new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>());
}
