namespace Thads.Workflows.Persistence.Rows;

internal sealed class DefinitionRow
{
    public Guid Id { get; set; }

    public string Key { get; set; } = "";

    public int Version { get; set; }

    public string? Name { get; set; }

    public string FileName { get; set; } = "";

    public string Xml { get; set; } = "";

    public string ContentHash { get; set; } = "";

    public long DeployedAtTicks { get; set; }

    public string? DeployedBy { get; set; }
}
