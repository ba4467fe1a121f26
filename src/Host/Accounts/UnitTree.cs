namespace Thads.Host.Accounts;

/// <summary>
/// The unit hierarchy as parent links, answering subtree questions without a database. Validity dates are not
/// considered: a dissolved unit's cases stay visible to whoever is above it, because history must stay readable.
/// </summary>
public sealed class UnitTree
{
    private readonly Dictionary<int, List<int>> _children = [];

    public UnitTree(IEnumerable<(int Id, int? ParentId)> units)
    {
        foreach (var (id, parentId) in units)
        {
            if (parentId is { } parent)
            {
                if (!_children.TryGetValue(parent, out var list))
                {
                    _children[parent] = list = [];
                }

                list.Add(id);
            }
        }
    }

    /// <summary>The unit and everything below it.</summary>
    public IReadOnlySet<int> SubtreeOf(int unitId)
    {
        var result = new HashSet<int> { unitId };
        var pending = new Stack<int>();
        pending.Push(unitId);
        while (pending.Count > 0)
        {
            foreach (var child in _children.GetValueOrDefault(pending.Pop()) ?? [])
            {
                // The guard also stops a (corrupt) cycle from looping forever.
                if (result.Add(child))
                {
                    pending.Push(child);
                }
            }
        }

        return result;
    }
}
