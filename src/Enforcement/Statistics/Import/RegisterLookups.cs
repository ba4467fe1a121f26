using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Data;

namespace Thads.Enforcement.Statistics.Import;

/// <summary>What validating a register line looks up: units by code, executors by user name, and today's date.</summary>
public sealed class RegisterLookups(StatUnitTree tree, IReadOnlyDictionary<string, (int Id, int UnitId)> staff, DateOnly today)
{
    public StatUnitTree Tree { get; } = tree;

    public DateOnly Today { get; } = today;

    public (int Id, int UnitId)? Staff(string userName) => staff.TryGetValue(userName, out var s) ? s : null;

    public static async Task<RegisterLookups> LoadAsync(ThadsDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var tree = await StatUnitTree.LoadAsync(db, cancellationToken);
        var staff = await db.Staff.AsNoTracking().Select(s => new { s.UserName, s.Id, s.UnitId }).ToListAsync(cancellationToken);
        return new RegisterLookups(tree, staff.ToDictionary(s => s.UserName, s => (s.Id, s.UnitId), StringComparer.OrdinalIgnoreCase), today);
    }
}
