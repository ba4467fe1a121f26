using Thads.Enforcement.Legal.Status;
using Thads.Host.Dashboard;
using Thads.Host.Localization;

namespace Thads.Host.Pages.Dashboard;

/// <summary>The dashboard pages' words for lists, dates and statuses, through <see cref="UiText"/> so that English has them too.</summary>
public sealed class DashboardText(UiText text)
{
    public string Title(string list) => list switch
    {
        DashboardLists.Approvals => text["Quyết định chờ phê duyệt"],
        DashboardLists.LeaderTasks => text["Việc khác chờ lãnh đạo"],
        DashboardLists.LateVerifications => text["Chậm xác minh điều kiện thi hành án"],
        DashboardLists.ReverificationsDue => text["Đến hạn xác minh lại"],
        DashboardLists.ReverificationsOverdue => text["Quá hạn xác minh lại"],
        DashboardLists.ExemptionEligible => text["Đủ điều kiện xét miễn, giảm"],
        DashboardLists.VoluntaryEnding => text["Sắp hết thời hạn tự nguyện"],
        DashboardLists.ExecutorCases => text["Hồ sơ đang giải quyết của chấp hành viên"],
        DashboardLists.ExecutorTasks => text["Việc đang mở của chấp hành viên"],
        DashboardLists.ExecutorOverdue => text["Việc quá hạn của chấp hành viên"],
        DashboardLists.Alerts => text["Hồ sơ có cảnh báo trong 7 ngày qua"],
        _ => list,
    };

    /// <summary>What a case list's date column holds.</summary>
    public string DateColumn(string list) => list switch
    {
        DashboardLists.LateVerifications => text["Hạn xác minh"],
        DashboardLists.ReverificationsDue or DashboardLists.ReverificationsOverdue => text["Hạn xác minh lại"],
        DashboardLists.VoluntaryEnding => text["Hết thời hạn tự nguyện"],
        DashboardLists.ExemptionEligible => text["Đủ điều kiện từ ngày"],
        DashboardLists.Alerts => text["Ngày cảnh báo"],
        _ => text["Từ ngày"],
    };

    /// <summary>What the list is, in one sentence, with its legal basis.</summary>
    public string Explanation(string list) => list switch
    {
        DashboardLists.Approvals => text["Các quyết định đã trình, chờ Thủ trưởng hoặc Phó Thủ trưởng ký (Điều 23)."],
        DashboardLists.LeaderTasks => text["Phân công chấp hành viên, tiếp nhận ủy thác, phê duyệt bàn giao."],
        DashboardLists.LateVerifications => text["Đã quá 10 ngày kể từ khi hết thời hạn tự nguyện mà chưa xác minh (Điều 44)."],
        DashboardLists.ReverificationsDue => text["Chưa có điều kiện thi hành án; hạn xác minh lại (6 tháng, hoặc 1 năm) đã qua hoặc còn dưới 15 ngày (Điều 44 khoản 4)."],
        DashboardLists.ReverificationsOverdue => text["Chưa có điều kiện thi hành án; đã quá hạn xác minh lại (Điều 44 khoản 4)."],
        DashboardLists.ExemptionEligible => text["Khoản thu nộp ngân sách nhà nước đủ điều kiện đề nghị miễn, giảm (Điều 61)."],
        DashboardLists.VoluntaryEnding => text["Thời hạn tự nguyện thi hành án kết thúc trong 3 ngày tới (Điều 45)."],
        DashboardLists.Alerts => text["Các hồ sơ đã có cảnh báo này trong 7 ngày qua."],
        _ => "",
    };

    public string Status(EnforcementStatus? status) => status switch
    {
        null => text["Hồ sơ mới"],
        EnforcementStatus.Accepted => text["Đã thụ lý"],
        EnforcementStatus.VoluntaryPeriod => text["Trong thời hạn tự nguyện thi hành án"],
        EnforcementStatus.Verifying => text["Đang xác minh điều kiện thi hành án"],
        EnforcementStatus.NoConditions => text["Chưa có điều kiện thi hành án"],
        EnforcementStatus.Executing => text["Đang tổ chức thi hành án"],
        EnforcementStatus.Postponed => text["Hoãn thi hành án"],
        EnforcementStatus.Suspended => text["Tạm đình chỉ thi hành án"],
        EnforcementStatus.Terminated => text["Đình chỉ thi hành án"],
        EnforcementStatus.Completed => text["Thi hành xong"],
        EnforcementStatus.Delegated => text["Đã ủy thác"],
        _ => status.Vietnamese(),
    };
}
