namespace Thads.Enforcement.Statistics.Reconciliation;

/// <summary>The header of a traditional report file (docs/import-format.md): unit, form, period, then indicator codes.</summary>
public static class TraditionalColumns
{
    public const string Unit = "ma_don_vi";
    public const string Form = "bieu";
    public const string Period = "ky";

    /// <summary>The §6.4 codes a traditional report may give (rate is derived, never imported).</summary>
    public static readonly string[] Indicators = ["T", "CO", "NEW", "RM", "P", "C", "NC", "X", "NEXT", "NEXT_C"];
}
