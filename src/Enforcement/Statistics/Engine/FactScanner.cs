using System.Data.Common;
using System.Globalization;
using System.Text;
using Thads.Enforcement.Statistics.Facts;

namespace Thads.Enforcement.Statistics.Engine;

/// <summary>
/// Streams the fact rows a period can need, straight from ADO.NET: only cases accepted by the end of the period and
/// not ended before its start, of the given units (all when null) and executor. One row at a time, so a national
/// report's memory does not grow with the number of cases.
/// </summary>
public static class FactScanner
{
    /// <summary>Above this many units, filtering in SQL costs more than filtering in memory.</summary>
    private const int MaxUnitsInSql = 400;

    public static async Task ScanAsync(
        DbConnection connection, ReportPeriod period, IReadOnlySet<int>? unitIds, int? executorId, bool detailed,
        Action<ScannedFact> onFact, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        var sql = new StringBuilder("SELECT Id, UnitId, ExecutorId, AcceptedOn, Amount, Timeline");
        if (detailed)
        {
            sql.Append(", CaseNumber, Source, LiveCaseId, SourceLine");
        }

        sql.Append(" FROM thads_stat_facts WHERE AcceptedOn <= $to AND (EndedOn IS NULL OR EndedOn >= $from)");
        Add(command, "$to", period.ToValue);
        Add(command, "$from", period.FromValue);
        var filterInMemory = false;
        if (unitIds is not null)
        {
            // Ids are clustered by unit (FactIds): consecutive unit ids make one id range, read as one stretch.
            var ranges = Ranges(unitIds);
            if (ranges.Count <= MaxUnitsInSql)
            {
                sql.Append(" AND (")
                    .AppendJoin(" OR ", ranges.Select(r => string.Create(CultureInfo.InvariantCulture, $"Id BETWEEN {FactIds.First(r.First)} AND {FactIds.Last(r.Last)}")))
                    .Append(')');
            }
            else
            {
                filterInMemory = true;
            }
        }

        if (executorId is { } executor)
        {
            sql.Append(" AND ExecutorId = $executor");
            Add(command, "$executor", executor);
        }

        command.CommandText = sql.ToString();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var fact = new ScannedFact();
        while (await reader.ReadAsync(cancellationToken))
        {
            var unitId = reader.GetInt32(1);
            if (filterInMemory && !unitIds!.Contains(unitId))
            {
                continue;
            }

            fact.Id = reader.GetInt64(0);
            fact.UnitId = unitId;
            fact.ExecutorId = reader.IsDBNull(2) ? null : reader.GetInt32(2);
            fact.AcceptedOn = reader.GetInt32(3);
            fact.Amount = reader.GetInt64(4);
            Timeline.Decode(reader.GetString(5).AsSpan(), fact.Events);
            if (detailed)
            {
                fact.CaseNumber = reader.GetString(6);
                fact.Source = (FactSource)reader.GetInt32(7);
                fact.LiveCaseId = reader.IsDBNull(8) ? null : reader.GetInt32(8);
                fact.SourceLine = reader.IsDBNull(9) ? null : reader.GetInt32(9);
            }

            onFact(fact);
        }
    }

    private static List<(int First, int Last)> Ranges(IReadOnlySet<int> unitIds)
    {
        var ranges = new List<(int First, int Last)>();
        foreach (var id in unitIds.Order())
        {
            if (ranges.Count > 0 && ranges[^1].Last == id - 1)
            {
                ranges[^1] = (ranges[^1].First, id);
            }
            else
            {
                ranges.Add((id, id));
            }
        }

        return ranges;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
