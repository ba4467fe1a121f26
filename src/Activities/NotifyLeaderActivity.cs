using Thads.Enforcement.Alerts;
using Thads.Workflows.Activities;

namespace Thads.Activities;

/// <summary>
/// Escalation: raises an alert on the case and mails the leaders of its unit (domain README §4,
/// "Alerting": leaders are mailed when a deadline is breached). Typically placed on the path of a boundary
/// timer. The same case, rule and day is mailed once, however often the path runs.
/// </summary>
[WorkflowActivity(
    "NotifyLeader",
    Category = "THADS",
    DisplayNameVi = "Báo cáo lãnh đạo",
    DisplayNameEn = "Notify leader",
    DescriptionVi = "Gửi cảnh báo (thư điện tử ngay hoặc trong bản tổng hợp hằng ngày) cho Thủ trưởng, Phó Thủ trưởng của đơn vị quản lý hồ sơ.",
    DescriptionEn = "Sends an alert (immediate mail or the daily digest) to the head and deputies of the unit that owns the case.")]
public sealed class NotifyLeaderActivity(AlertService alerts) : IWorkflowActivity
{
    [ActivityInput(DisplayNameVi = "Mã cảnh báo", DisplayNameEn = "Alert rule", DescriptionVi = "Ví dụ: W7a-cham-xac-minh.", Required = true)]
    public string Rule { get; set; } = "";

    [ActivityInput(DisplayNameVi = "Tiêu đề", DisplayNameEn = "Title", Required = true)]
    public string Title { get; set; } = "";

    [ActivityInput(DisplayNameVi = "Nội dung", DisplayNameEn = "Message")]
    public string? Message { get; set; }

    [ActivityInput(DisplayNameVi = "Mã đơn vị", DisplayNameEn = "Unit code", DefaultValue = "${unitCode}", Required = true)]
    public string UnitCode { get; set; } = "";

    [ActivityInput(DisplayNameVi = "Số hồ sơ", DisplayNameEn = "Case key", DescriptionVi = "Để trống: dùng mã nghiệp vụ của quy trình.")]
    public string? CaseKey { get; set; }

    [ActivityOutput(DisplayNameVi = "Cảnh báo mới", DisplayNameEn = "New alert")]
    public bool AlertRaised { get; set; }

    [ActivityOutput(DisplayNameVi = "Số lãnh đạo được báo", DisplayNameEn = "Leaders notified")]
    public int LeadersNotified { get; set; }

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default)
    {
        var caseKey = string.IsNullOrWhiteSpace(CaseKey) ? context.BusinessKey : CaseKey;
        if (string.IsNullOrWhiteSpace(caseKey))
        {
            return ActivityResult.Fault("NotifyLeader: the process has no business key and no caseKey input was given.");
        }

        var outcome = await alerts.RaiseAsync(
            new AlertRequest(caseKey, Rule, UnitCode, Title, Message ?? Title, $"/cases/{Uri.EscapeDataString(caseKey)}"),
            cancellationToken);
        AlertRaised = outcome.IsNew;
        LeadersNotified = outcome.MailedNow + outcome.QueuedForDigest;
        return ActivityResult.Completed;
    }
}
