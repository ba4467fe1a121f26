namespace Thads.Enforcement.Statistics.Definitions;

/// <summary>One column of a form: its printed number, its title and what it shows.</summary>
/// <param name="Number">As printed in the column-numbering row, e.g. "5".</param>
/// <param name="Formula">As printed under the title, e.g. "5 = 1 − 4"; empty for a counted column.</param>
public sealed record ReportColumn(string Number, string Title, Measure Measure, string Formula = "")
{
    /// <summary>The §6.4 indicator code the column carries, or null for a column between them (7–12).</summary>
    public string? IndicatorCode => Indicators.CodeOf(Measure);
}
