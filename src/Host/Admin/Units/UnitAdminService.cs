using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Data;
using Thads.Enforcement.Organisation;

namespace Thads.Host.Admin.Units;

/// <summary>
/// Units for administrators: the tree of their own unit, and create/edit through <see cref="OrganisationService"/>
/// (which validates and audits). A unit, its new parent and its successor must all be in the administrator's subtree;
/// no one can create a top-level unit here (that would be outside every subtree).
/// </summary>
public sealed class UnitAdminService(
    AdminAccess access,
    OrganisationService organisation,
    IDbContextFactory<ThadsDbContext> contexts,
    TimeProvider time)
{
    /// <summary>The administrator's unit and everything below it, depth first, siblings by code.</summary>
    public async Task<IReadOnlyList<UnitView>> TreeAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        var admin = await access.ForAsync(principal, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = admin.Units.ToList();
        var units = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync(cancellationToken);
        var staff = await db.Staff.AsNoTracking().Where(s => ids.Contains(s.UnitId) && s.Active)
            .GroupBy(s => s.UnitId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        var children = units.ToLookup(u => u.ParentId);
        var result = new List<UnitView>(units.Count);
        var visited = new HashSet<int>();
        void Visit(Unit unit, int depth)
        {
            if (!visited.Add(unit.Id))
            {
                return;
            }

            result.Add(View(unit, depth, staff.GetValueOrDefault(unit.Id)));
            foreach (var child in children[unit.Id].OrderBy(c => c.Code, StringComparer.Ordinal))
            {
                Visit(child, depth + 1);
            }
        }

        foreach (var root in units.Where(u => u.Id == admin.User.UnitId))
        {
            Visit(root, 0);
        }

        return result;
    }

    /// <exception cref="KeyNotFoundException">No such unit.</exception>
    /// <exception cref="AdminDeniedException">Outside the administrator's subtree.</exception>
    public async Task<UnitView> GetAsync(ClaimsPrincipal principal, int id, CancellationToken cancellationToken = default)
    {
        var admin = await access.ForAsync(principal, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken)
            ?? throw new KeyNotFoundException($"Không có đơn vị mã số {id}.");
        admin.RequireUnit(unit.Id);
        var staff = await db.Staff.CountAsync(s => s.UnitId == id && s.Active, cancellationToken);
        return View(unit, Depth(admin, unit.Id, await db.Units.AsNoTracking().ToListAsync(cancellationToken)), staff);
    }

    /// <exception cref="AdminDeniedException">The parent or successor is outside the administrator's subtree.</exception>
    /// <exception cref="AdminValidationException">Nothing was saved.</exception>
    public async Task<UnitView> CreateAsync(ClaimsPrincipal principal, UnitInput input, CancellationToken cancellationToken = default)
    {
        var admin = await access.ForAsync(principal, cancellationToken);
        if (input.ParentId is not { } parent)
        {
            throw new AdminValidationException(nameof(UnitInput.ParentId),
                "Đơn vị cấp trên (ParentId): bắt buộc chọn; đơn vị mới phải trực thuộc đơn vị của bạn hoặc một đơn vị cấp dưới.");
        }

        admin.RequireUnit(parent);
        RequireSuccessor(admin, input);
        try
        {
            var unit = await organisation.CreateUnitAsync(input, admin.Stamp(time), cancellationToken);
            return await GetAsync(principal, unit.Id, cancellationToken);
        }
        catch (OrganisationValidationException exception)
        {
            throw AdminValidationException.From(exception);
        }
    }

    /// <exception cref="KeyNotFoundException">No such unit.</exception>
    /// <exception cref="AdminDeniedException">The unit, its new parent or its successor is outside the administrator's subtree.</exception>
    /// <exception cref="AdminValidationException">Nothing was saved.</exception>
    public async Task<UnitView> UpdateAsync(ClaimsPrincipal principal, int id, UnitInput input, CancellationToken cancellationToken = default)
    {
        var admin = await access.ForAsync(principal, cancellationToken);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var current = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken)
                ?? throw new KeyNotFoundException($"Không có đơn vị mã số {id}.");
            admin.RequireUnit(id);
            // Moving a unit is allowed only within the subtree; the administrator's own unit keeps its place, since
            // anywhere inside its own subtree would be a loop and anywhere else is outside the administrator's remit.
            if (input.ParentId != current.ParentId)
            {
                if (input.ParentId is not { } parent)
                {
                    throw new AdminValidationException(nameof(UnitInput.ParentId),
                        "Đơn vị cấp trên (ParentId): bắt buộc chọn; không thể đưa đơn vị lên cấp cao nhất.");
                }

                admin.RequireUnit(parent);
            }
        }

        RequireSuccessor(admin, input);
        try
        {
            await organisation.UpdateUnitAsync(id, input, admin.Stamp(time), cancellationToken);
            return await GetAsync(principal, id, cancellationToken);
        }
        catch (OrganisationValidationException exception)
        {
            throw AdminValidationException.From(exception);
        }
    }

    private static void RequireSuccessor(AdminContext admin, UnitInput input)
    {
        if (input.SucceededById is { } successor && !admin.Units.Contains(successor))
        {
            throw new AdminValidationException(nameof(UnitInput.SucceededById),
                $"Đơn vị kế thừa (SucceededById): đơn vị mã số {successor} không có hoặc nằm ngoài phạm vi quản trị của bạn.");
        }
    }

    private static int Depth(AdminContext admin, int unitId, IReadOnlyList<Unit> all)
    {
        var parents = all.ToDictionary(u => u.Id, u => u.ParentId);
        var depth = 0;
        for (var current = unitId; current != admin.User.UnitId && parents.GetValueOrDefault(current) is { } parent && depth < all.Count; current = parent)
        {
            depth++;
        }

        return depth;
    }

    private static UnitView View(Unit unit, int depth, int staffCount) => new(
        unit.Id, unit.Code, unit.Name, unit.Kind, unit.ParentId, unit.ValidFrom, unit.ValidTo, unit.SucceededById,
        unit.IssuesDecisions, unit.HoldsMoney, depth, staffCount);
}
