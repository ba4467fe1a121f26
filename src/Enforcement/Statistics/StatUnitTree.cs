using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Data;

namespace Thads.Enforcement.Statistics;

/// <summary>
/// The unit tree for roll-ups. Validity dates are ignored on purpose: a dissolved district office's cases still
/// count under the province it belonged to, so history stays comparable (domain README §1.1).
/// </summary>
public sealed class StatUnitTree
{
    private readonly Dictionary<int, StatUnit> _byId;
    private readonly Dictionary<string, StatUnit> _byCode;
    private readonly Dictionary<int, List<StatUnit>> _children = [];

    public StatUnitTree(IEnumerable<StatUnit> units)
    {
        _byId = units.ToDictionary(u => u.Id);
        _byCode = _byId.Values.ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);
        foreach (var unit in _byId.Values.OrderBy(u => u.Code, StringComparer.Ordinal))
        {
            if (unit.ParentId is { } parent && _byId.ContainsKey(parent))
            {
                if (!_children.TryGetValue(parent, out var list))
                {
                    _children[parent] = list = [];
                }

                list.Add(unit);
            }
        }

        Roots = _byId.Values.Where(u => u.ParentId is null || !_byId.ContainsKey(u.ParentId.Value))
            .OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
    }

    public static async Task<StatUnitTree> LoadAsync(ThadsDbContext db, CancellationToken cancellationToken) =>
        new(await db.Units.AsNoTracking()
            .Select(u => new StatUnit(u.Id, u.Code, u.Name, u.Kind, u.ParentId))
            .ToListAsync(cancellationToken));

    public IReadOnlyList<StatUnit> Roots { get; }

    public IReadOnlyCollection<StatUnit> All => _byId.Values;

    public StatUnit? Find(int id) => _byId.GetValueOrDefault(id);

    public StatUnit? Find(string code) => _byCode.GetValueOrDefault(code.Trim());

    public IReadOnlyList<StatUnit> ChildrenOf(int id) => _children.GetValueOrDefault(id) ?? [];

    public bool IsInSubtree(int unitId, int rootId)
    {
        var seen = 0;
        for (var current = Find(unitId); current is not null && seen++ < 64; current = current.ParentId is { } p ? Find(p) : null)
        {
            if (current.Id == rootId)
            {
                return true;
            }
        }

        return false;
    }

    public HashSet<int> SubtreeOf(int id)
    {
        var result = new HashSet<int> { id };
        var pending = new Stack<int>([id]);
        while (pending.TryPop(out var current))
        {
            foreach (var child in ChildrenOf(current))
            {
                if (result.Add(child.Id))
                {
                    pending.Push(child.Id);
                }
            }
        }

        return result;
    }

    /// <summary>The unit and its ancestors, nearest first.</summary>
    public IEnumerable<StatUnit> LineageOf(int id)
    {
        var seen = 0;
        for (var current = Find(id); current is not null && seen++ < 64; current = current.ParentId is { } p ? Find(p) : null)
        {
            yield return current;
        }
    }
}
