namespace Thads.Enforcement.Data;

/// <summary>
/// A shipped seed row that was applied once (table <c>thads_seed_history</c>). Seeders insert only rows whose key is
/// not here, so a seed row an administrator later edits or deletes is never written again.
/// </summary>
public sealed class SeedHistoryEntry
{
    /// <summary>Stable per seed row, e.g. <c>calendar:2026-01-02</c>.</summary>
    public string Key { get; set; } = string.Empty;

    public DateTimeOffset AppliedAt { get; set; }

    /// <summary>False when the row was skipped because the data already held one for the same key (e.g. an administrator's row for that date).</summary>
    public bool Inserted { get; set; }
}
