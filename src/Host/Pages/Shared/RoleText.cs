using Thads.Enforcement.Organisation;
using Thads.Host.Accounts;
using Thads.Host.Localization;

namespace Thads.Host.Pages.Shared;

/// <summary>A role's name on a page, in the reader's language (<see cref="StaffRoleNames.Label"/> is the Vietnamese one the API returns).</summary>
public static class RoleText
{
    public static string Of(UiText T, StaffRoles role) => role switch
    {
        StaffRoles.Head => T["Thủ trưởng"],
        StaffRoles.Deputy => T["Phó Thủ trưởng"],
        StaffRoles.Executor => T["Chấp hành viên"],
        StaffRoles.IntakeOfficer => T["Công chức thụ lý"],
        StaffRoles.Statistician => T["Công chức thống kê"],
        StaffRoles.Accountant => T["Kế toán"],
        StaffRoles.Administrator => T["Quản trị hệ thống"],
        _ => StaffRoleNames.Label(role),
    };
}
