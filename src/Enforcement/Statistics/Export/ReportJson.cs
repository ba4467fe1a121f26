using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Thads.Enforcement.Statistics.Definitions;
using Thads.Enforcement.Statistics.Engine;

namespace Thads.Enforcement.Statistics.Export;

/// <summary>
/// The JSON form of a report: metadata, the columns, and one object per row (detail rows, then the total) carrying
/// the form's columns as <c>c1</c>…<c>c15</c> and the indicator codes of domain README §6.4 (T, CO, NEW, RM, P, C,
/// NC, X, rate, NEXT, NEXT_C). Written field by field in a fixed order, so the same report is the same bytes; a
/// closed period's snapshot is this JSON, and <see cref="Read"/> rebuilds the report from it.
/// </summary>
public static class ReportJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Formulas and names stay readable ("1 = 2 + 3"); the JSON is served as application/json, never inlined in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(StatisticsReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            var d = report.Definition;
            json.WriteStartObject();
            json.WriteString("form", d.FormNumber.Replace("Biểu số ", "", StringComparison.Ordinal));
            json.WriteString("title", d.FormTitle);
            json.WriteString("regulation", d.Title);
            json.WriteString("definition", d.Id);
            json.WriteString("unitOfMeasure", d.UnitOfMeasure);
            json.WriteStartObject("period");
            json.WriteNumber("year", report.Period.Year);
            json.WriteNumber("month", report.Period.Month);
            json.WriteString("from", report.Period.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("to", report.Period.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("label", report.Period.Label);
            json.WriteEndObject();
            json.WriteStartObject("scope");
            WriteNullable(json, "unit", report.Scope.UnitCode);
            json.WriteString("unitName", report.Scope.UnitName);
            if (report.Scope.ExecutorId is { } executor)
            {
                json.WriteNumber("executor", executor);
            }
            else
            {
                json.WriteNull("executor");
            }

            WriteNullable(json, "executorName", report.Scope.ExecutorName);
            json.WriteString("rows", report.Scope.Grouping.ToString());
            json.WriteEndObject();
            if (report.Closed is { } closed)
            {
                json.WriteStartObject("closed");
                json.WriteString("at", closed.At.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                json.WriteString("by", closed.By);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("closed");
            }

            json.WriteStartArray("columns");
            foreach (var column in d.Columns)
            {
                json.WriteStartObject();
                json.WriteString("number", column.Number);
                json.WriteString("title", column.Title);
                json.WriteString("formula", column.Formula);
                WriteNullable(json, "indicator", column.IndicatorCode);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("rows");
            foreach (var row in report.RowsWithTotal)
            {
                json.WriteStartObject();
                json.WriteString("kind", row.Kind.ToString().ToLowerInvariant());
                json.WriteString("key", row.Key);
                json.WriteString("label", row.Label);
                foreach (var column in d.Columns)
                {
                    WriteValue(json, "c" + column.Number, row.Values.Value(column.Measure));
                }

                foreach (var (code, measure) in Indicators.All)
                {
                    WriteValue(json, code, row.Values.Value(measure));
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Rebuilds a report from its JSON (a closed period's snapshot), using the definition it names.</summary>
    public static StatisticsReport Read(ReadOnlySpan<byte> bytes)
    {
        using var document = JsonDocument.Parse(bytes.ToArray());
        var root = document.RootElement;
        var definition = ReportDefinitions.ById(root.GetProperty("definition").GetString()!);
        var period = new ReportPeriod(root.GetProperty("period").GetProperty("year").GetInt32(), root.GetProperty("period").GetProperty("month").GetInt32());
        var scope = root.GetProperty("scope");
        var rows = root.GetProperty("rows").EnumerateArray().Select(row =>
        {
            var leaves = new long[Leaves.Count];
            foreach (var column in definition.Columns)
            {
                if (LeafOf(column.Measure) is { } leaf)
                {
                    leaves[(int)leaf] = row.GetProperty("c" + column.Number).GetInt64();
                }
            }

            return new ReportRow(Enum.Parse<RowKind>(row.GetProperty("kind").GetString()!, ignoreCase: true),
                row.GetProperty("key").GetString()!, row.GetProperty("label").GetString()!, new FormValues(leaves));
        }).ToList();
        ClosingStamp? closed = root.GetProperty("closed").ValueKind == JsonValueKind.Object
            ? new ClosingStamp(DateTimeOffset.Parse(root.GetProperty("closed").GetProperty("at").GetString()!, CultureInfo.InvariantCulture), root.GetProperty("closed").GetProperty("by").GetString()!)
            : null;
        return new StatisticsReport
        {
            Definition = definition,
            Period = period,
            Scope = new ReportScope(
                scope.GetProperty("unit").GetString(), scope.GetProperty("unitName").GetString()!,
                scope.GetProperty("executor").ValueKind == JsonValueKind.Number ? scope.GetProperty("executor").GetInt32() : null,
                scope.GetProperty("executorName").GetString(),
                Enum.Parse<RowGrouping>(scope.GetProperty("rows").GetString()!)),
            Rows = rows.Where(r => r.Kind != RowKind.Total).ToList(),
            Total = rows.Single(r => r.Kind == RowKind.Total),
            Closed = closed,
        };
    }

    private static Leaf? LeafOf(Measure measure) => measure switch
    {
        Measure.CarriedOver => Leaf.CarriedOver,
        Measure.New => Leaf.New,
        Measure.Removed => Leaf.Removed,
        Measure.Completed => Leaf.Completed,
        Measure.Terminated => Leaf.Terminated,
        Measure.Reduced => Leaf.Reduced,
        Measure.InProgress => Leaf.InProgress,
        Measure.Postponed => Leaf.Postponed,
        Measure.Suspended => Leaf.Suspended,
        Measure.Other => Leaf.Other,
        Measure.NoConditions => Leaf.NoConditions,
        _ => null,
    };

    private static void WriteValue(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
