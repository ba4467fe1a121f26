using System.Data.Common;

namespace Thads.Enforcement.Statistics.Facts;

/// <summary>
/// Fact ids are (unit id × 2³²) + a number within the unit. SQLite stores a table in id order, so this keeps each
/// unit's cases together on disk: a province's report reads a few contiguous stretches of the file instead of one
/// page per case, while the national report still reads the table front to back.
/// </summary>
public sealed class FactIds(DbConnection connection, DbTransaction? transaction)
{
    private readonly Dictionary<int, long> _next = [];

    public static long First(int unitId) => (long)unitId << 32;

    public static long Last(int unitId) => First(unitId) | 0xFFFF_FFFFL;

    public long Next(int unitId)
    {
        if (!_next.TryGetValue(unitId, out var next))
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT MAX(Id) FROM thads_stat_facts WHERE Id BETWEEN $first AND $last";
            var first = command.CreateParameter();
            first.ParameterName = "$first";
            first.Value = First(unitId);
            var last = command.CreateParameter();
            last.ParameterName = "$last";
            last.Value = Last(unitId);
            command.Parameters.Add(first);
            command.Parameters.Add(last);
            next = command.ExecuteScalar() is long max ? max + 1 : First(unitId) + 1;
        }

        _next[unitId] = next + 1;
        return next;
    }
}
