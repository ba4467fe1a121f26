using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Data;

namespace Thads.Enforcement.Statistics.Closing;

/// <summary>
/// The date through which each unit's figures are closed: its own closings and those of every unit above it (closing
/// a province closes its offices too). 0 when nothing is closed.
/// </summary>
public sealed class ClosingCalendar
{
    private readonly StatUnitTree _tree;
    private readonly Dictionary<int, int> _own;
    private readonly Dictionary<int, int> _effective = [];

    public ClosingCalendar(StatUnitTree tree, IEnumerable<(int UnitId, int ClosedThrough)> closings)
    {
        _tree = tree;
        _own = closings.GroupBy(c => c.UnitId).ToDictionary(g => g.Key, g => g.Max(c => c.ClosedThrough));
    }

    public static async Task<ClosingCalendar> LoadAsync(ThadsDbContext db, StatUnitTree tree, CancellationToken cancellationToken)
    {
        var closings = await db.Set<PeriodClosing>().AsNoTracking()
            .Select(c => new { c.UnitId, c.ClosedThrough })
            .ToListAsync(cancellationToken);
        return new ClosingCalendar(tree, closings.Select(c => (c.UnitId, c.ClosedThrough)));
    }

    public bool IsEmpty => _own.Count == 0;

    public int ClosedThrough(int unitId)
    {
        if (_own.Count == 0)
        {
            return 0;
        }

        if (!_effective.TryGetValue(unitId, out var through))
        {
            through = _tree.LineageOf(unitId).Select(u => _own.GetValueOrDefault(u.Id)).DefaultIfEmpty(0).Max();
            _effective[unitId] = through;
        }

        return through;
    }
}
