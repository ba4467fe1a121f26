namespace Thads.Enforcement.Statistics.Engine;

/// <summary>How a report splits into rows.</summary>
public enum RowGrouping
{
    /// <summary>Subordinate units when the unit has any (national, provincial report), else executors (unit report).</summary>
    Auto,
    Units,
    Executors,
}
