namespace Thads.Enforcement.Statistics.Import;

/// <param name="Partial">Import the valid lines even when others are refused (otherwise nothing is imported).</param>
/// <param name="Adjust">
/// Lines that reach into a closed period are counted from the day after it, as dated adjustments; without it such
/// lines are refused.
/// </param>
public sealed record RegisterImportOptions(string Actor, bool Partial = false, bool Adjust = false);
