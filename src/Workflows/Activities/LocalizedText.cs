namespace Thads.Workflows.Activities;

/// <summary>A Vietnamese/English pair where a missing side borrows the other, then a fallback.</summary>
internal readonly record struct LocalizedText(string Vi, string En)
{
    public static LocalizedText From(string? vi, string? en, string fallback)
    {
        var hasVi = !string.IsNullOrWhiteSpace(vi);
        var hasEn = !string.IsNullOrWhiteSpace(en);
        return new LocalizedText(
            hasVi ? vi!.Trim() : hasEn ? en!.Trim() : fallback,
            hasEn ? en!.Trim() : hasVi ? vi!.Trim() : fallback);
    }

    /// <summary>Vietnamese is the default; only an explicit English language tag selects English.</summary>
    public static bool IsEnglish(string language) => language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
}
