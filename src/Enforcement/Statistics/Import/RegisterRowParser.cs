using Thads.Enforcement.Cases;
using Thads.Enforcement.Statistics.Facts;

namespace Thads.Enforcement.Statistics.Import;

/// <summary>
/// Validates register lines against the format of docs/import-format.md and turns each valid one into a
/// <see cref="RegisterRecord"/>. Every problem of a line is reported (line, column, reason in Vietnamese), not only the first.
/// </summary>
public sealed class RegisterRowParser
{
    private const int MaxCaseNumber = 100;
    private static readonly DateOnly Earliest = new(1990, 1, 1);

    private readonly RegisterLookups _lookups;
    private readonly Dictionary<string, int> _columns;

    private RegisterRowParser(RegisterLookups lookups, Dictionary<string, int> columns)
    {
        _lookups = lookups;
        _columns = columns;
    }

    /// <summary>Reads the header row; null with problems when a required column is missing or a column is unknown.</summary>
    public static RegisterRowParser? FromHeader(TableRow header, RegisterLookups lookups, List<ImportProblem> problems)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Cells.Length; i++)
        {
            var name = header.Cells[i].Trim().TrimStart('\uFEFF');
            if (name.Length == 0)
            {
                continue;
            }

            if (!RegisterColumns.All.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(new ImportProblem(header.Line, name, $"cột không có trong định dạng sổ; các cột hợp lệ: {string.Join(", ", RegisterColumns.All)}."));
            }
            else if (!columns.TryAdd(name, i))
            {
                problems.Add(new ImportProblem(header.Line, name, "cột bị lặp."));
            }
        }

        foreach (var required in RegisterColumns.Required.Where(r => !columns.ContainsKey(r)))
        {
            problems.Add(new ImportProblem(header.Line, required, "thiếu cột bắt buộc."));
        }

        return problems.Count == 0 ? new RegisterRowParser(lookups, columns) : null;
    }

    /// <summary>The record, or null with the line's problems added to <paramref name="problems"/>.</summary>
    public RegisterRecord? Parse(TableRow row, List<ImportProblem> problems)
    {
        var before = problems.Count;
        var line = row.Line;
        void Problem(string field, string message) => problems.Add(new ImportProblem(line, field, message));

        var unitCode = Cell(row, RegisterColumns.Unit);
        var unit = unitCode.Length == 0 ? null : _lookups.Tree.Find(unitCode);
        if (unitCode.Length == 0)
        {
            Problem(RegisterColumns.Unit, "chưa nhập mã đơn vị.");
        }
        else if (unit is null)
        {
            Problem(RegisterColumns.Unit, $"không có đơn vị mã '{unitCode}'.");
        }

        var number = Cell(row, RegisterColumns.CaseNumber);
        if (number.Length == 0)
        {
            Problem(RegisterColumns.CaseNumber, "chưa nhập số hồ sơ.");
        }
        else if (number.Length > MaxCaseNumber)
        {
            Problem(RegisterColumns.CaseNumber, $"dài quá {MaxCaseNumber} ký tự.");
        }

        var acceptance = Code(row, RegisterColumns.Acceptance, RegisterCodes.Acceptance, null, Problem);
        var accepted = Date(row, RegisterColumns.AcceptedOn, required: true, Problem);
        Date(row, RegisterColumns.DecisionDate, required: false, Problem);
        var path = Code(row, RegisterColumns.IntakePath, RegisterCodes.Paths, IntakePath.OnRequest, Problem);
        var judgment = Code(row, RegisterColumns.JudgmentType, RegisterCodes.Judgments, JudgmentType.Civil, Problem);
        Code(row, RegisterColumns.ObligationKind, RegisterCodes.Obligations, ObligationKind.Private, Problem);

        var amountText = Cell(row, RegisterColumns.Amount);
        long amount = 0;
        if (amountText.Length == 0)
        {
            Problem(RegisterColumns.Amount, "chưa nhập số tiền phải thi hành (ghi 0 nếu việc không có tiền).");
        }
        else if (!RegisterValues.TryAmount(amountText, out amount))
        {
            Problem(RegisterColumns.Amount, $"'{amountText}' không phải số tiền nguyên (đồng), ví dụ 1500000 hoặc 1.500.000.");
        }

        int? executorId = null;
        var executor = Cell(row, RegisterColumns.Executor);
        if (executor.Length > 0)
        {
            if (_lookups.Staff(executor) is not { } staff)
            {
                Problem(RegisterColumns.Executor, $"không có chấp hành viên có tên đăng nhập '{executor}'.");
            }
            else if (unit is not null && !_lookups.Tree.IsInSubtree(staff.UnitId, unit.Id) && !_lookups.Tree.IsInSubtree(unit.Id, staff.UnitId))
            {
                Problem(RegisterColumns.Executor, $"chấp hành viên '{executor}' không thuộc đơn vị {unit.Code}.");
            }
            else
            {
                executorId = staff.Id;
            }
        }

        var events = new List<StatEvent>();
        var states = new List<(DateOnly Date, StatState State, string Field)>();
        Entries(row, RegisterColumns.History, Problem, (date, value) =>
        {
            if (RegisterCodes.States.TryGetValue(value, out var state))
            {
                states.Add((date, state, RegisterColumns.History));
                return null;
            }

            return $"mã diễn biến '{value}' không hợp lệ; dùng: {string.Join(", ", RegisterCodes.States.Keys)}.";
        });
        Entries(row, RegisterColumns.Conditions, Problem, (date, value) =>
        {
            if (RegisterCodes.Conditions.TryGetValue(value, out var state))
            {
                states.Add((date, state, RegisterColumns.Conditions));
                return null;
            }

            return $"kết quả '{value}' không hợp lệ; dùng CO (có điều kiện) hoặc KHONG (quyết định chưa có điều kiện, Điều 44a).";
        });
        if (Date(row, RegisterColumns.DelegatedOn, required: false, Problem) is { } delegatedOn)
        {
            states.Add((delegatedOn, StatState.DelegatedOut, RegisterColumns.DelegatedOn));
        }

        long executed = 0, reduced = 0;
        var money = new List<(DateOnly Date, StatEvent Event, string Field)>();
        foreach (var (field, reduction) in new[] { (RegisterColumns.Collected, false), (RegisterColumns.Reduced, true) })
        {
            Entries(row, field, Problem, (date, value) =>
            {
                if (!RegisterValues.TryAmount(value, out var sum) || sum == 0)
                {
                    return $"'{value}' không phải số tiền dương (đồng).";
                }

                var d = StatDate.From(date);
                money.Add((date, reduction ? StatEvent.Reduced(d, sum) : StatEvent.Executed(d, sum), field));
                if (reduction)
                {
                    reduced += sum;
                }
                else
                {
                    executed += sum;
                }

                return null;
            });
        }

        if (accepted is { } acceptedOn)
        {
            CheckOrder(acceptedOn, states, money, Problem);
        }

        if (amountText.Length > 0 && executed + reduced > amount && problems.Count == before)
        {
            Problem(RegisterColumns.Collected, $"tổng tiền đã thu ({executed:#,0}) và miễn, giảm ({reduced:#,0}) vượt số tiền phải thi hành ({amount:#,0}).");
        }

        if (problems.Count > before)
        {
            return null;
        }

        // Stable by date: money of a day before its state change (a payment completes the case that day).
        var ordered = states.Select(s => (s.Date, Order: 1, Event: StatEvent.To(StatDate.From(s.Date), s.State)))
            .Concat(money.Select(m => (m.Date, Order: 0, m.Event)))
            .OrderBy(e => e.Date).ThenBy(e => e.Order)
            .Select(e => e.Event);
        events.AddRange(ordered);
        return new RegisterRecord(line, unit!.Id, executorId, number, acceptance!.Value, path!.Value, judgment!.Value,
            new FactShape(StatDate.From(accepted!.Value), amount, events));
    }

    private void CheckOrder(
        DateOnly accepted, List<(DateOnly Date, StatState State, string Field)> states,
        List<(DateOnly Date, StatEvent Event, string Field)> money, Action<string, string> problem)
    {
        foreach (var (date, _, field) in states.Where(s => s.Date < accepted).Concat(money.Where(m => m.Date < accepted).Select(m => (m.Date, StatState.InProgress, m.Field))))
        {
            problem(field, $"ngày {StatDate.Display(StatDate.From(date))} trước ngày thụ lý {StatDate.Display(StatDate.From(accepted))}.");
        }

        var sorted = states.OrderBy(s => s.Date).ToList();
        var final = sorted.FirstOrDefault(s => s.State.IsFinal());
        if (final.Field is null)
        {
            return;
        }

        foreach (var (date, state, field) in sorted.Where(s => s.Date > final.Date || (s.Date == final.Date && s.State.IsFinal() && s != final)))
        {
            problem(field, $"có diễn biến ngày {StatDate.Display(StatDate.From(date))} ({state.Label()}) sau khi việc đã kết thúc ({final.State.Label()}) ngày {StatDate.Display(StatDate.From(final.Date))}.");
        }

        foreach (var (date, _, field) in money.Where(m => m.Date > final.Date))
        {
            problem(field, $"có tiền ngày {StatDate.Display(StatDate.From(date))} sau khi việc đã kết thúc ngày {StatDate.Display(StatDate.From(final.Date))}.");
        }
    }

    private string Cell(TableRow row, string column) => _columns.TryGetValue(column, out var index) ? row.Cell(index).Trim() : string.Empty;

    private DateOnly? Date(TableRow row, string column, bool required, Action<string, string> problem)
    {
        var text = Cell(row, column);
        if (text.Length == 0)
        {
            if (required)
            {
                problem(column, "chưa nhập ngày.");
            }

            return null;
        }

        if (!RegisterValues.TryDate(text, out var date))
        {
            problem(column, $"'{text}' không phải ngày (dd/MM/yyyy hoặc yyyy-MM-dd).");
            return null;
        }

        return CheckRange(date, column, problem) ? date : null;
    }

    private bool CheckRange(DateOnly date, string column, Action<string, string> problem)
    {
        if (date < Earliest || date > _lookups.Today)
        {
            problem(column, $"ngày {StatDate.Display(StatDate.From(date))} nằm ngoài khoảng 01/01/1990 – hôm nay.");
            return false;
        }

        return true;
    }

    private T? Code<T>(TableRow row, string column, IReadOnlyDictionary<string, T> codes, T? fallback, Action<string, string> problem)
        where T : struct
    {
        var text = Cell(row, column);
        if (text.Length == 0)
        {
            if (fallback is null)
            {
                problem(column, $"chưa nhập; dùng một trong: {string.Join(", ", codes.Keys)}.");
            }

            return fallback;
        }

        if (codes.TryGetValue(text, out var value))
        {
            return value;
        }

        problem(column, $"'{text}' không hợp lệ; dùng một trong: {string.Join(", ", codes.Keys)}.");
        return null;
    }

    /// <summary>"date:value;date:value", each checked by <paramref name="accept"/> (null when fine, else the reason).</summary>
    private void Entries(TableRow row, string column, Action<string, string> problem, Func<DateOnly, string, string?> accept)
    {
        var text = Cell(row, column);
        if (text.Length == 0)
        {
            return;
        }

        foreach (var entry in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = entry.IndexOf(':');
            if (colon < 0 || !RegisterValues.TryDate(entry.AsSpan(0, colon), out var date))
            {
                problem(column, $"'{entry}' phải có dạng ngày:giá trị, ví dụ 2017-01-10:HOAN.");
                continue;
            }

            if (!CheckRange(date, column, problem))
            {
                continue;
            }

            if (accept(date, entry[(colon + 1)..].Trim()) is { } reason)
            {
                problem(column, reason);
            }
        }
    }
}
