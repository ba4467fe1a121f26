using System.Data.Common;
using Thads.Enforcement.Statistics.Facts;

namespace Thads.Enforcement.Statistics.Import;

/// <summary>
/// One prepared INSERT of a fact row, re-executed with new parameter values for every row of a bulk import inside
/// the caller's transaction: the fastest way to load SQLite from .NET. A row whose unit and case number are already
/// stored is skipped and reported as such (<see cref="TryInsert"/> returns null).
/// </summary>
public sealed class FactInsert : IDisposable
{
    private readonly DbCommand _insert;
    private readonly DbParameter[] _p;
    private readonly FactIds _ids;

    public FactInsert(DbConnection connection, DbTransaction transaction)
    {
        _insert = connection.CreateCommand();
        _insert.Transaction = transaction;
        _insert.CommandText = """
            INSERT INTO thads_stat_facts
                (Id, Source, LiveCaseId, ImportId, SourceLine, UnitId, ExecutorId, CaseNumber, AcceptedOn, AcceptanceKind,
                 IntakePath, JudgmentType, Amount, EndedOn, Timeline, SourceVersion, UpdatedAt)
            VALUES ($id, $source, NULL, $import, $line, $unit, $executor, $number, $accepted, $kind, $path, $judgment, $amount, $ended, $timeline, 0, $updated)
            ON CONFLICT DO NOTHING
            """;
        string[] names = ["$id", "$source", "$import", "$line", "$unit", "$executor", "$number", "$accepted", "$kind", "$path", "$judgment", "$amount", "$ended", "$timeline", "$updated"];
        _p = names.Select(name =>
        {
            var parameter = _insert.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = DBNull.Value;
            _insert.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        _insert.Prepare();
        _ids = new FactIds(connection, transaction);
    }

    /// <returns>The new fact's id, or null when the unit already has a case with that number.</returns>
    public long? TryInsert(FactSource source, long? importId, int? line, RegisterRecord record, FactShape shape, long updatedAtTicks)
    {
        var id = _ids.Next(record.UnitId);
        _p[0].Value = id;
        _p[1].Value = (int)source;
        _p[2].Value = importId is { } i ? i : DBNull.Value;
        _p[3].Value = line is { } l ? l : DBNull.Value;
        _p[4].Value = record.UnitId;
        _p[5].Value = record.ExecutorId is { } e ? e : DBNull.Value;
        _p[6].Value = record.CaseNumber;
        _p[7].Value = shape.AcceptedOn;
        _p[8].Value = (int)record.AcceptanceKind;
        _p[9].Value = (int)record.IntakePath;
        _p[10].Value = (int)record.JudgmentType;
        _p[11].Value = shape.Amount;
        _p[12].Value = shape.EndedOn is { } ended ? ended : DBNull.Value;
        _p[13].Value = shape.Timeline;
        _p[14].Value = updatedAtTicks;
        return _insert.ExecuteNonQuery() == 0 ? null : id;
    }

    public void Dispose() => _insert.Dispose();
}
