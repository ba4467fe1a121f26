using System.Globalization;
using System.Text;
using Thads.Enforcement.Statistics.Import;

namespace Thads.Enforcement.Statistics.Demo;

/// <summary>Writes register lines in the format of docs/import-format.md (UTF-8 CSV, comma, ISO dates).</summary>
public sealed class RegisterCsvWriter(TextWriter writer)
{
    private static readonly Dictionary<Cases.AcceptanceKind, string> AcceptanceCodes = RegisterCodes.Acceptance.ToDictionary(p => p.Value, p => p.Key);
    private static readonly Dictionary<Cases.IntakePath, string> PathCodes = RegisterCodes.Paths.ToDictionary(p => p.Value, p => p.Key);
    private static readonly Dictionary<Cases.JudgmentType, string> JudgmentCodes = RegisterCodes.Judgments.ToDictionary(p => p.Value, p => p.Key);
    private static readonly Dictionary<Cases.ObligationKind, string> ObligationCodes = RegisterCodes.Obligations.ToDictionary(p => p.Value, p => p.Key);

    private readonly StringBuilder _line = new(256);

    public void WriteHeader() => writer.WriteLine(string.Join(',', RegisterColumns.All));

    public void Write(SyntheticCase c)
    {
        _line.Clear();
        Field(c.UnitCode).Append(',');
        Field(c.CaseNumber).Append(',');
        _line.Append(AcceptanceCodes[c.Acceptance]).Append(',');
        Date(c.AcceptedOn).Append(',');
        Date(c.AcceptedOn).Append(',');
        _line.Append(PathCodes[c.IntakePath]).Append(',');
        _line.Append(JudgmentCodes[c.JudgmentType]).Append(',');
        _line.Append(ObligationCodes[c.ObligationKind]).Append(',');
        _line.Append(c.Amount.ToString(CultureInfo.InvariantCulture)).Append(',');
        Field(c.Executor ?? string.Empty).Append(',');
        Entries(c.History.Select(h => (h.Date, RegisterCodes.Code(h.State)))).Append(',');
        if (c.DelegatedOn is { } delegated)
        {
            Date(delegated);
        }

        _line.Append(',');
        Entries(c.Conditions.Select(h => (h.Date, h.HasConditions ? "CO" : "KHONG"))).Append(',');
        Entries(c.Collected.Select(m => (m.Date, m.Amount.ToString(CultureInfo.InvariantCulture)))).Append(',');
        Entries(c.Reduced.Select(m => (m.Date, m.Amount.ToString(CultureInfo.InvariantCulture))));
        writer.WriteLine(_line);
    }

    private StringBuilder Date(DateOnly date) => _line.Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private StringBuilder Entries(IEnumerable<(DateOnly Date, string Value)> entries)
    {
        var first = true;
        foreach (var (date, value) in entries)
        {
            if (!first)
            {
                _line.Append(';');
            }

            Date(date).Append(':').Append(value);
            first = false;
        }

        return _line;
    }

    private StringBuilder Field(string value) =>
        value.IndexOfAny([',', '"', '\n', ';']) < 0 ? _line.Append(value) : _line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
}
