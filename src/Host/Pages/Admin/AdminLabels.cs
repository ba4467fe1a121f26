using Thads.Enforcement.Calendar;
using Thads.Enforcement.Cases.Audit;
using Thads.Enforcement.Organisation;
using Thads.Host.Admin.Mail;
using Thads.Host.Localization;
using Thads.Host.Mail;

namespace Thads.Host.Pages.Admin;

/// <summary>The names of roles, unit kinds, calendar kinds, mail states and audit actions on the administration pages, in the reader's language.</summary>
public sealed class AdminLabels(UiText text)
{
    public string Role(StaffRoles role) => role switch
    {
        StaffRoles.Head => text["Thủ trưởng"],
        StaffRoles.Deputy => text["Phó Thủ trưởng"],
        StaffRoles.Executor => text["Chấp hành viên"],
        StaffRoles.IntakeOfficer => text["Công chức thụ lý"],
        StaffRoles.Statistician => text["Công chức thống kê"],
        StaffRoles.Accountant => text["Kế toán"],
        StaffRoles.Administrator => text["Quản trị hệ thống"],
        _ => role.ToString(),
    };

    public string Roles(StaffRoles roles) => string.Join(", ", Thads.Host.Accounts.StaffRoleNames.Split(roles).Select(Role));

    public string Kind(UnitKind kind) => kind switch
    {
        UnitKind.CentralDepartment => text["Cục Quản lý THADS (Tổng cục THADS)"],
        UnitKind.ProvincialAgency => text["THADS tỉnh, thành phố"],
        UnitKind.DistrictOffice => text["Chi cục THADS quận, huyện (trước 07/2025)"],
        UnitKind.RegionalOffice => text["Phòng THADS khu vực"],
        UnitKind.MilitaryDepartment => text["Cục Thi hành án – Bộ Quốc phòng"],
        UnitKind.MilitaryRegionAgency => text["Phòng Thi hành án cấp quân khu"],
        _ => kind.ToString(),
    };

    public string Day(CalendarDayKind kind) => kind switch
    {
        CalendarDayKind.Holiday => text["Nghỉ lễ, tết"],
        CalendarDayKind.CompensatoryDayOff => text["Nghỉ bù"],
        CalendarDayKind.SwapDayOff => text["Nghỉ do hoán đổi"],
        CalendarDayKind.SwapWorkday => text["Làm bù do hoán đổi"],
        CalendarDayKind.Pending => text["Chờ hiệu lực"],
        _ => kind.ToString(),
    };

    public string Confirmation(CalendarConfirmation confirmation) =>
        confirmation == CalendarConfirmation.Confirmed ? text["Đã xác nhận"] : text["Chưa xác nhận"];

    public string Status(MailStatus status) => status switch
    {
        MailStatus.Pending => text["Đang chờ gửi"],
        MailStatus.Sent => text["Đã gửi"],
        MailStatus.Parked => text["Tạm dừng"],
        _ => status.ToString(),
    };

    public string Source(MailSettingSource source) => source switch
    {
        MailSettingSource.Database => text["Lưu trong ứng dụng"],
        MailSettingSource.Configuration => text["Tệp cấu hình"],
        _ => text["Mặc định"],
    };

    public string Action(AuditAction action) => action switch
    {
        AuditAction.Added => text["Thêm mới"],
        AuditAction.Modified => text["Sửa đổi"],
        AuditAction.Deleted => text["Xóa bỏ"],
        AuditAction.Locked => text["Khóa tài khoản"],
        AuditAction.Unlocked => text["Mở khóa tài khoản"],
        AuditAction.PasswordReset => text["Đặt lại mật khẩu"],
        AuditAction.TwoFactorReset => text["Đặt lại xác thực hai bước"],
        AuditAction.Retried => text["Gửi lại thư"],
        _ => action.ToString(),
    };
}
