namespace Thads.Host.Designer.Data;

/// <summary>One administrator's unpublished work on one process: the diagram and the forms edited with it.</summary>
public sealed class DraftRow
{
    public int Id { get; set; }

    public string UserName { get; set; } = "";

    public string ProcessKey { get; set; } = "";

    public string Xml { get; set; } = "";

    /// <summary>A JSON object: form key → form-js schema, for the forms changed in this draft; null when none.</summary>
    public string? FormsJson { get; set; }

    /// <summary>The published version the draft started from, so the editor can say when someone published since.</summary>
    public int BaseVersion { get; set; }

    public long SavedAtTicks { get; set; }
}
