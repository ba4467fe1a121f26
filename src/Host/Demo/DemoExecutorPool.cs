using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Data;
using Thads.Enforcement.Demo;
using Thads.Enforcement.Organisation;

namespace Thads.Host.Demo;

/// <summary>
/// Executors for generated cases, so that no executor holds more than a realistic load: per unit, as many as the
/// cases need (<c>chv.kv1.001</c>, …), created once and reused by later runs. They have no accounts.
/// </summary>
internal sealed class DemoExecutorPool(IDbContextFactory<ThadsDbContext> contexts, Random random)
{
    private readonly Dictionary<int, List<StaffMember>> _byUnit = [];
    private readonly Dictionary<int, int> _turn = [];

    /// <summary>Makes sure unit <paramref name="unitId"/> has enough generated executors for <paramref name="cases"/> more cases.</summary>
    public async Task EnsureAsync(int unitId, string unitCode, int cases, int casesPerExecutor, CancellationToken cancellationToken)
    {
        var prefix = $"chv.{DemoCasePlanner.ShortCode(unitCode).ToLowerInvariant()}.";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await db.Staff.AsNoTracking().Where(s => s.UnitId == unitId && s.UserName.StartsWith(prefix)).OrderBy(s => s.UserName).ToListAsync(cancellationToken);
        var needed = (cases + casesPerExecutor - 1) / casesPerExecutor;
        for (var n = existing.Count + 1; n <= needed; n++)
        {
            var female = random.Next(0, 2) == 0;
            var person = new StaffMember
            {
                UserName = $"{prefix}{n:D3}",
                FullName = DemoNames.Person(random, female),
                Position = "Chấp hành viên",
                Email = $"{prefix}{n:D3}@thads.example.vn",
                UnitId = unitId,
                Roles = StaffRoles.Executor,
            };
            db.Staff.Add(person);
            existing.Add(person);
        }

        await db.SaveChangesAsync(cancellationToken);
        _byUnit[unitId] = existing;
    }

    /// <summary>The next executor of the unit, in turn.</summary>
    public StaffMember Next(int unitId)
    {
        var pool = _byUnit[unitId];
        var turn = _turn.GetValueOrDefault(unitId);
        _turn[unitId] = turn + 1;
        return pool[turn % pool.Count];
    }
}
