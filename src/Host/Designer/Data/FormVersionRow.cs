namespace Thads.Host.Designer.Data;

/// <summary>A form-js form published from the designer; the latest version of a key replaces the standard form.</summary>
public sealed class FormVersionRow
{
    public int Id { get; set; }

    public string FormKey { get; set; } = "";

    public int Version { get; set; }

    public string Json { get; set; } = "";

    /// <summary>The process version it was published with.</summary>
    public Guid? DefinitionId { get; set; }

    public string PublishedBy { get; set; } = "";

    public long PublishedAtTicks { get; set; }
}
