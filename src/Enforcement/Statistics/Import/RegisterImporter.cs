using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Calendar;
using Thads.Enforcement.Data;
using Thads.Enforcement.Statistics.Closing;
using Thads.Enforcement.Statistics.Engine;
using Thads.Enforcement.Statistics.Facts;

namespace Thads.Enforcement.Statistics.Import;

/// <summary>
/// Imports a case register (docs/import-format.md) into the fact table in one transaction: every line is validated,
/// valid lines are inserted with one prepared statement, and unless <see cref="RegisterImportOptions.Partial"/> is
/// set, a single refused line rolls the whole file back, so nothing is half-imported. Lines that would change a
/// closed period are refused, or with <see cref="RegisterImportOptions.Adjust"/> counted from the day after it and
/// recorded as <see cref="StatAdjustment"/>s. The import itself is recorded as a <see cref="StatImport"/>.
/// </summary>
public sealed class RegisterImporter(IDbContextFactory<ThadsDbContext> contexts, TimeProvider time)
{
    public async Task<ImportResult> ImportAsync(string path, RegisterImportOptions options, CancellationToken cancellationToken = default) =>
        await ImportAsync(TableFile.Read(path), Path.GetFileName(path), options, cancellationToken);

    public async Task<ImportResult> ImportAsync(
        IEnumerable<TableRow> rows, string fileName, RegisterImportOptions options, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var lookups = await RegisterLookups.LoadAsync(db, VietnamTime.DateOf(now), cancellationToken);
        var closings = await ClosingCalendar.LoadAsync(db, lookups.Tree, cancellationToken);
        var connection = await ReportEngine.OpenAsync(db, cancellationToken);
        await using (var pragma = connection.CreateCommand())
        {
            // A bigger page cache keeps the case-number index in memory while a national register goes in.
            pragma.CommandText = "PRAGMA cache_size = -131072";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        db.Database.UseTransaction(transaction);
        var record = new StatImport { Kind = StatImportKind.Register, FileName = fileName, Partial = options.Partial, At = now, By = options.Actor };
        db.Add(record);
        await db.SaveChangesAsync(cancellationToken);

        var problems = new List<ImportProblem>();
        var listed = new List<ImportProblem>();
        int imported = 0, rejected = 0, adjusted = 0;
        var adjustments = new List<StatAdjustment>();
        RegisterRowParser? parser = null;
        using (var insert = new FactInsert(connection, transaction))
        {
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                problems.Clear();
                if (parser is null)
                {
                    parser = RegisterRowParser.FromHeader(row, lookups, problems);
                    if (parser is null)
                    {
                        listed.AddRange(problems);
                        break;
                    }

                    continue;
                }

                if (parser.Parse(row, problems) is { } line)
                {
                    var closedThrough = closings.ClosedThrough(line.UnitId);
                    var frozen = FactFreezer.Freeze(null, line.Shape, closedThrough);
                    if (frozen.Adjustment is not null && !options.Adjust)
                    {
                        problems.Add(new ImportProblem(row.Line, RegisterColumns.AcceptedOn,
                            $"có số liệu thuộc kỳ đã chốt đến {StatDate.Display(closedThrough)}; không nhập (dùng --adjust để tính vào kỳ sau dưới dạng điều chỉnh)."));
                    }
                    else if (insert.TryInsert(FactSource.Register, record.Id, row.Line, line, frozen.Shape, now.UtcTicks) is not { } factId)
                    {
                        problems.Add(new ImportProblem(row.Line, RegisterColumns.CaseNumber,
                            $"số hồ sơ '{line.CaseNumber}' đã có ở đơn vị này (trong tệp hoặc đã nhập trước)."));
                    }
                    else
                    {
                        imported++;
                        if (frozen.Adjustment is { } description)
                        {
                            adjusted++;
                            adjustments.Add(new StatAdjustment
                            {
                                FactId = factId, UnitId = line.UnitId, CaseNumber = line.CaseNumber, ClosedThrough = closedThrough,
                                EffectiveOn = StatDate.NextDay(closedThrough), Description = description, At = now, By = options.Actor,
                            });
                        }
                    }
                }

                if (problems.Count > 0)
                {
                    rejected++;
                    listed.AddRange(problems.Take(Math.Max(0, ImportResult.MaxProblems - listed.Count)));
                }
            }

            if (parser is null && listed.Count == 0)
            {
                listed.Add(new ImportProblem(0, "file", "tệp không có dòng tiêu đề."));
            }
        }

        var failed = listed.Count > 0 && (!options.Partial || parser is null);
        if (failed)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new ImportResult(null, 0, Math.Max(rejected, 1), 0, listed, Committed: false);
        }

        record.RowsImported = imported;
        record.RowsRejected = rejected;
        db.AddRange(adjustments);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportResult(record.Id, imported, rejected, adjusted, listed, Committed: true);
    }
}
