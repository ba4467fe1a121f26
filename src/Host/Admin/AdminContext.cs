using Thads.Enforcement.Cases.Audit;
using Thads.Host.Accounts;

namespace Thads.Host.Admin;

/// <summary>
/// The administrator making a request: who they are, the units they manage (their unit's subtree, from
/// <see cref="UnitScope"/>) and whether they manage the settings shared by everyone (calendar, mail, outbox).
/// </summary>
/// <param name="SystemWide">
/// True when the administrator's unit is at the top of its tree (no parent unit): only they may change what is not
/// tied to a unit. An administrator of a regional office manages only their office.
/// </param>
public sealed record AdminContext(ThadsUser User, IReadOnlySet<int> Units, bool SystemWide)
{
    public AuditStamp Stamp(TimeProvider time) => new(User.UserName, time.GetUtcNow());

    /// <exception cref="AdminDeniedException">The unit is outside the administrator's subtree.</exception>
    public void RequireUnit(int unitId)
    {
        if (!Units.Contains(unitId))
        {
            throw new AdminDeniedException("Đơn vị này nằm ngoài phạm vi quản trị của bạn (chỉ đơn vị của bạn và các đơn vị trực thuộc).");
        }
    }

    /// <exception cref="AdminDeniedException">The administrator's unit has a parent.</exception>
    public void RequireSystemWide()
    {
        if (!SystemWide)
        {
            throw new AdminDeniedException("Chỉ quản trị hệ thống của đơn vị cấp cao nhất mới được thay đổi thiết lập dùng chung (lịch ngày nghỉ, thư điện tử, hộp thư đi, nhật ký chung).");
        }
    }
}
