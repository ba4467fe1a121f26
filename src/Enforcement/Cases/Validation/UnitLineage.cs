using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Data;
using Thads.Enforcement.Organisation;

namespace Thads.Enforcement.Cases.Validation;

/// <summary>A unit and its ancestors up to the root, nearest first.</summary>
internal sealed class UnitLineage(IReadOnlyList<Unit> chain)
{
    public Unit Unit => chain[0];

    /// <summary>Whether <paramref name="unitId"/> is this unit or one above it.</summary>
    public bool IsWithin(int unitId) => chain.Any(u => u.Id == unitId);

    /// <summary>The provincial agency the unit belongs to (itself, for a provincial agency); null for military and central units.</summary>
    public Unit? Province => chain.FirstOrDefault(u => u.Kind == UnitKind.ProvincialAgency);

    public static async Task<UnitLineage> LoadAsync(ThadsDbContext db, int unitId, CancellationToken cancellationToken)
    {
        var chain = new List<Unit>();
        for (int? id = unitId; id is { } current && chain.All(u => u.Id != current);)
        {
            var unit = await db.Units.AsNoTracking().FirstAsync(u => u.Id == current, cancellationToken);
            chain.Add(unit);
            id = unit.ParentId;
        }

        return new UnitLineage(chain);
    }
}
