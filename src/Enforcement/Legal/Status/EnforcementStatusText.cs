namespace Thads.Enforcement.Legal.Status;

/// <summary>The Vietnamese names of the statuses, as users and refusal messages show them.</summary>
public static class EnforcementStatusText
{
    /// <summary>How a case that has no status yet is named in messages.</summary>
    public const string NewCase = "Hồ sơ mới";

    public static string Vietnamese(this EnforcementStatus status) => status switch
    {
        EnforcementStatus.Accepted => "Đã thụ lý",
        EnforcementStatus.VoluntaryPeriod => "Trong thời hạn tự nguyện thi hành án",
        EnforcementStatus.Verifying => "Đang xác minh điều kiện thi hành án",
        EnforcementStatus.NoConditions => "Chưa có điều kiện thi hành án",
        EnforcementStatus.Executing => "Đang tổ chức thi hành án",
        EnforcementStatus.Postponed => "Hoãn thi hành án",
        EnforcementStatus.Suspended => "Tạm đình chỉ thi hành án",
        EnforcementStatus.Terminated => "Đình chỉ thi hành án",
        EnforcementStatus.Completed => "Thi hành xong",
        EnforcementStatus.Delegated => "Đã ủy thác",
        EnforcementStatus.ReturnedLegacy => "Đã trả đơn (trước 01/07/2015)",
        _ => status.ToString(),
    };

    public static string Vietnamese(this EnforcementStatus? status) => status is { } known ? known.Vietnamese() : NewCase;
}
