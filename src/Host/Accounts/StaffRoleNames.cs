using Thads.Enforcement.Organisation;

namespace Thads.Host.Accounts;

/// <summary>The single roles of <see cref="StaffRoles"/>: role claim values and their Vietnamese labels.</summary>
public static class StaffRoleNames
{
    /// <summary>Each single flag (not the <see cref="StaffRoles.Leader"/> combination), in display order.</summary>
    public static IReadOnlyList<StaffRoles> Singles { get; } =
    [
        StaffRoles.Head, StaffRoles.Deputy, StaffRoles.Executor, StaffRoles.IntakeOfficer,
        StaffRoles.Statistician, StaffRoles.Accountant, StaffRoles.Administrator,
    ];

    /// <summary>The role claim value, the enum name (stable, English) so policies do not depend on UI language.</summary>
    public static string ClaimValue(StaffRoles role) => role.ToString();

    public static string Label(StaffRoles role) => role switch
    {
        StaffRoles.Head => "Thủ trưởng",
        StaffRoles.Deputy => "Phó Thủ trưởng",
        StaffRoles.Executor => "Chấp hành viên",
        StaffRoles.IntakeOfficer => "Công chức thụ lý",
        StaffRoles.Statistician => "Công chức thống kê",
        StaffRoles.Accountant => "Kế toán",
        StaffRoles.Administrator => "Quản trị hệ thống",
        _ => role.ToString(),
    };

    public static IEnumerable<StaffRoles> Split(StaffRoles roles) => Singles.Where(r => (roles & r) != 0);
}
