using System.Globalization;

namespace Thads.Enforcement.Statistics.Engine;

/// <summary>
/// Which row each case counts in, for a scope: subordinate units with their subtrees plus the reporting unit's own
/// office (provincial and national reports), or executors (a unit report, or one executor).
/// </summary>
public sealed class RowPlan
{
    public const string OfficeKey = "office";
    public const string UnassignedKey = "unassigned";
    public const string TotalKey = "total";

    private readonly Dictionary<int, int> _rowOfUnit = [];
    private readonly Dictionary<int, int> _rowOfExecutor = [];
    private readonly List<(RowKind Kind, string Key, string Label)> _rows = [];
    private readonly IReadOnlyDictionary<int, string> _executorNames;

    private RowPlan(bool byExecutor, IReadOnlySet<int>? unitIds, IReadOnlyDictionary<int, string> executorNames)
    {
        ByExecutor = byExecutor;
        UnitIds = unitIds;
        _executorNames = executorNames;
    }

    public bool ByExecutor { get; }

    /// <summary>Drop the office row when it counts nothing (the General Department's own cases).</summary>
    public bool HideEmptyOffice { get; private set; }

    /// <summary>Unit rows never change while scanning, so several scans may share the plan; executor rows are added as found.</summary>
    public bool IsReadOnlyWhileScanning => !ByExecutor;

    /// <summary>The units whose cases are read; null for all.</summary>
    public IReadOnlySet<int>? UnitIds { get; }

    public IReadOnlyList<(RowKind Kind, string Key, string Label)> Rows => _rows;

    /// <param name="unit">Null: every unit (the national report over the roots of the tree).</param>
    public static RowPlan Create(StatUnitTree tree, StatUnit? unit, RowGrouping grouping, IReadOnlyDictionary<int, string> executorNames)
    {
        var children = unit is null ? tree.Roots : tree.ChildrenOf(unit.Id);
        var byExecutor = grouping == RowGrouping.Executors || (grouping == RowGrouping.Auto && unit is not null && children.Count == 0);
        var plan = new RowPlan(byExecutor, unit is null ? null : tree.SubtreeOf(unit.Id), executorNames);
        if (!byExecutor)
        {
            foreach (var child in children)
            {
                var row = plan.AddRow(RowKind.Unit, child.Code, child.Name);
                foreach (var id in tree.SubtreeOf(child.Id))
                {
                    plan._rowOfUnit[id] = row;
                }
            }

            if (unit is not null)
            {
                plan._rowOfUnit[unit.Id] = plan.AddRow(RowKind.Office, OfficeKey, $"{unit.Name} (trực tiếp thụ lý)");
                // The General Department enforces nothing itself: its office row is shown only if it holds cases.
                plan.HideEmptyOffice = unit.Kind == Organisation.UnitKind.CentralDepartment;
            }
        }

        return plan;
    }

    /// <summary>The row index for a case, adding an executor's row the first time one is seen; -1 when out of scope.</summary>
    public int RowOf(int unitId, int? executorId)
    {
        if (!ByExecutor)
        {
            return _rowOfUnit.GetValueOrDefault(unitId, -1);
        }

        var key = executorId ?? 0;
        if (!_rowOfExecutor.TryGetValue(key, out var row))
        {
            row = executorId is { } id
                ? AddRow(RowKind.Executor, id.ToString(CultureInfo.InvariantCulture), _executorNames.GetValueOrDefault(id) ?? $"Chấp hành viên #{id}")
                : AddRow(RowKind.Unassigned, UnassignedKey, "Chưa phân công chấp hành viên");
            _rowOfExecutor[key] = row;
        }

        return row;
    }

    /// <summary>Whether a row key belongs to this plan's rows (for drill-down).</summary>
    public int IndexOfKey(string key) => _rows.FindIndex(r => r.Key == key);

    private int AddRow(RowKind kind, string key, string label)
    {
        _rows.Add((kind, key, label));
        return _rows.Count - 1;
    }
}
