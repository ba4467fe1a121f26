using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Data;
using Thads.Enforcement.Statistics.Definitions;
using Thads.Enforcement.Statistics.Import;

namespace Thads.Enforcement.Statistics.Reconciliation;

/// <summary>
/// Imports a traditional (paper) report: one line per unit, form and period with the figures by indicator code, as
/// the General Department's comparison tables list them (legacy.md, CV 2352). All or nothing: one bad line refuses
/// the file. A figure imported again for the same unit, period, form and indicator replaces the earlier one.
/// </summary>
public sealed class TraditionalImporter(IDbContextFactory<ThadsDbContext> contexts, TimeProvider time)
{
    public async Task<ImportResult> ImportAsync(string path, string actor, CancellationToken cancellationToken = default)
    {
        var rows = TableFile.Read(path);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tree = await StatUnitTree.LoadAsync(db, cancellationToken);
        var problems = new List<ImportProblem>();
        var figures = new List<TraditionalFigure>();
        Dictionary<string, int>? columns = null;
        var lines = 0;
        foreach (var row in rows)
        {
            if (columns is null)
            {
                columns = Header(row, problems);
                continue;
            }

            lines++;
            figures.AddRange(Parse(row, columns, tree, problems));
        }

        if (columns is null)
        {
            problems.Add(new ImportProblem(0, "file", "tệp không có dòng tiêu đề."));
        }

        if (problems.Count > 0)
        {
            return new ImportResult(null, 0, Math.Max(1, problems.Select(p => p.Line).Distinct().Count()), 0, problems.Take(ImportResult.MaxProblems).ToList(), Committed: false);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var record = new StatImport { Kind = StatImportKind.Traditional, FileName = Path.GetFileName(path), RowsImported = lines, At = time.GetUtcNow(), By = actor };
        db.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var figure in figures)
        {
            var existing = await db.Set<TraditionalFigure>().FirstOrDefaultAsync(t => t.UnitId == figure.UnitId && t.Year == figure.Year
                && t.Month == figure.Month && t.Form == figure.Form && t.Indicator == figure.Indicator, cancellationToken);
            if (existing is not null)
            {
                db.Remove(existing);
                await db.SaveChangesAsync(cancellationToken);
            }

            figure.ImportId = record.Id;
            db.Add(figure);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportResult(record.Id, lines, 0, 0, [], Committed: true);
    }

    private static Dictionary<string, int> Header(TableRow header, List<ImportProblem> problems)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Cells.Length; i++)
        {
            var name = header.Cells[i].Trim().TrimStart('\uFEFF');
            if (name.Length == 0)
            {
                continue;
            }

            var known = name.Equals(TraditionalColumns.Unit, StringComparison.OrdinalIgnoreCase) || name.Equals(TraditionalColumns.Form, StringComparison.OrdinalIgnoreCase)
                || name.Equals(TraditionalColumns.Period, StringComparison.OrdinalIgnoreCase) || TraditionalColumns.Indicators.Contains(name, StringComparer.OrdinalIgnoreCase);
            if (!known)
            {
                problems.Add(new ImportProblem(header.Line, name, $"cột không hợp lệ; dùng {TraditionalColumns.Unit}, {TraditionalColumns.Form}, {TraditionalColumns.Period} và các chỉ tiêu {string.Join(", ", TraditionalColumns.Indicators)}."));
            }
            else if (!columns.TryAdd(name, i))
            {
                problems.Add(new ImportProblem(header.Line, name, "cột bị lặp."));
            }
        }

        foreach (var required in new[] { TraditionalColumns.Unit, TraditionalColumns.Form, TraditionalColumns.Period }.Where(r => !columns.ContainsKey(r)))
        {
            problems.Add(new ImportProblem(header.Line, required, "thiếu cột bắt buộc."));
        }

        if (!TraditionalColumns.Indicators.Any(columns.ContainsKey))
        {
            problems.Add(new ImportProblem(header.Line, "chỉ tiêu", $"không có cột chỉ tiêu nào ({string.Join(", ", TraditionalColumns.Indicators)})."));
        }

        return columns;
    }

    private static IEnumerable<TraditionalFigure> Parse(TableRow row, Dictionary<string, int> columns, StatUnitTree tree, List<ImportProblem> problems)
    {
        string Cell(string name) => columns.TryGetValue(name, out var index) ? row.Cell(index).Trim() : string.Empty;
        var unitCode = Cell(TraditionalColumns.Unit);
        var unit = tree.Find(unitCode);
        if (unit is null)
        {
            problems.Add(new ImportProblem(row.Line, TraditionalColumns.Unit, unitCode.Length == 0 ? "chưa nhập mã đơn vị." : $"không có đơn vị mã '{unitCode}'."));
        }

        FormKind? form = Cell(TraditionalColumns.Form) switch
        {
            "06" => FormKind.Cases,
            "07" => FormKind.Money,
            _ => null,
        };
        if (form is null)
        {
            problems.Add(new ImportProblem(row.Line, TraditionalColumns.Form, $"'{Cell(TraditionalColumns.Form)}' không hợp lệ; ghi 06 hoặc 07."));
        }

        if (!ReportPeriod.TryParse(Cell(TraditionalColumns.Period), out var period))
        {
            problems.Add(new ImportProblem(row.Line, TraditionalColumns.Period, $"'{Cell(TraditionalColumns.Period)}' không phải tháng dạng yyyy-MM."));
        }

        var figures = new List<TraditionalFigure>();
        foreach (var code in TraditionalColumns.Indicators.Where(columns.ContainsKey))
        {
            var text = Cell(code);
            if (text.Length == 0)
            {
                continue;
            }

            if (!RegisterValues.TryAmount(text, out var value))
            {
                problems.Add(new ImportProblem(row.Line, code, $"'{text}' không phải số nguyên không âm."));
                continue;
            }

            if (unit is not null && form is not null && period is not null)
            {
                figures.Add(new TraditionalFigure { UnitId = unit.Id, Year = period.Year, Month = period.Month, Form = form.Value, Indicator = code.ToUpperInvariant() == "NEXT_C" ? "NEXT_C" : code.ToUpperInvariant(), Value = value });
            }
        }

        return figures;
    }
}
