using Thads.Enforcement.Legal;

namespace Thads.Host.Legal;

/// <summary>Prints a rule table as aligned columns: RULE, KIND, PERIOD, CITATION, STATUS.</summary>
internal static class LegalRuleTableWriter
{
    private const string ColumnGap = "  ";

    public static void Write(TextWriter writer, LegalRuleTable table, DateOnly on)
    {
        writer.WriteLine($"Rules for events on {LegalText.IsoDate(on)}: {table.Title}, in force from {LegalText.IsoDate(table.EffectiveFrom)}.");
        var rows = table.Rules
            .Select(rule => new[] { rule.Name, rule.Kind ?? "-", PeriodText.Describe(rule.Period), rule.Citation.Label, Status(rule) })
            .Prepend(["RULE", "KIND", "PERIOD", "CITATION", "STATUS"])
            .ToList();
        var widths = Enumerable.Range(0, rows[0].Length).Select(column => rows.Max(row => row[column].Length)).ToArray();
        foreach (var row in rows)
        {
            var cells = row.Select((cell, column) => column == row.Length - 1 ? cell : cell.PadRight(widths[column]));
            writer.WriteLine(string.Join(ColumnGap, cells));
        }
    }

    public static string Status(LegalRule rule) => rule.Confirmation switch
    {
        ConfirmationStatus.Confirmed => "confirmed",
        ConfirmationStatus.Unconfirmed => "unconfirmed, needs review",
        ConfirmationStatus.CarriedForward => "carried forward, needs review",
        _ => rule.Confirmation.ToString(),
    };
}
