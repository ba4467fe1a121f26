namespace Thads.Host.Designer.Data;

/// <summary>Who published a process version from the designer, and why (the engine records only the deployment).</summary>
public sealed class PublicationRow
{
    public const int MaxCommentLength = 2000;

    public Guid DefinitionId { get; set; }

    public string ProcessKey { get; set; } = "";

    public int Version { get; set; }

    public string Comment { get; set; } = "";

    public string PublishedBy { get; set; } = "";

    public long PublishedAtTicks { get; set; }
}
