namespace Thads.Enforcement.Statistics.Import;

/// <summary>One import of a register or a traditional report (table <c>thads_stat_imports</c>): the audit of bulk statistical data.</summary>
public sealed class StatImport
{
    public long Id { get; set; }

    public StatImportKind Kind { get; set; }

    public string FileName { get; set; } = string.Empty;

    public int RowsImported { get; set; }

    public int RowsRejected { get; set; }

    public bool Partial { get; set; }

    public DateTimeOffset At { get; set; }

    public string By { get; set; } = string.Empty;
}
