using Thads.Enforcement.Calendar;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Legal;
using Thads.Workflows.Activities;

namespace Thads.Activities;

/// <summary>
/// The voluntary execution period (Art. 45: 10 days from the day the debtor received, or was duly notified of, the
/// decision), counted from the notification date the executor entered — not from when the task was completed — by
/// the rule table in force on that date and the stored calendar. Stores the last day on the case and gives the
/// moment the period is over (the next day, 00:00 Vietnam time) for the timer that opens verification.
/// </summary>
[WorkflowActivity(
    "VoluntaryPeriod",
    Category = "THADS",
    DisplayNameVi = "Thời hạn tự nguyện thi hành án",
    DisplayNameEn = "Voluntary execution period",
    DescriptionVi = "Tính ngày hết thời hạn tự nguyện (Điều 45) từ ngày thông báo hợp lệ và ghi vào hồ sơ. Kết quả: voluntaryPeriodEnds (ngày cuối), voluntaryPeriodOver (thời điểm hết hạn, cho bộ hẹn giờ).",
    DescriptionEn = "Computes the last day of the voluntary period (Art. 45) from the notification date and stores it on the case. Results: voluntaryPeriodEnds, voluntaryPeriodOver (for a timer).")]
public sealed class VoluntaryPeriodActivity(CaseService cases, LegalRules rules) : IWorkflowActivity
{
    [ActivityInput(DisplayNameVi = "Mã hồ sơ", DisplayNameEn = "Case id", DefaultValue = "${caseId}", Required = true)]
    public int CaseId { get; set; }

    [ActivityInput(DisplayNameVi = "Ngày thông báo hợp lệ", DisplayNameEn = "Notification date", DefaultValue = "${notifiedDate}", Required = true,
        DescriptionVi = "Ngày người phải thi hành án nhận hoặc được thông báo hợp lệ quyết định thi hành án.")]
    public DateOnly NotifiedDate { get; set; }

    [ActivityOutput(DisplayNameVi = "Ngày cuối của thời hạn tự nguyện", DisplayNameEn = "Last day of the period")]
    public string? VoluntaryPeriodEnds { get; set; }

    [ActivityOutput(DisplayNameVi = "Thời điểm hết thời hạn tự nguyện", DisplayNameEn = "Moment the period is over")]
    public string? VoluntaryPeriodOver { get; set; }

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default)
    {
        var deadline = rules.Due(LegalRuleNames.Voluntary, NotifiedDate);
        try
        {
            await cases.SetVoluntaryPeriodEndAsync(CaseId, deadline.DueDate, context.Actor ?? "workflow", cancellationToken);
        }
        catch (CaseValidationException invalid)
        {
            // A notification date before the decision: the executor must correct it, so the process stops visibly.
            return ActivityResult.Fault($"Thời hạn tự nguyện: {invalid.Message}");
        }

        VoluntaryPeriodEnds = deadline.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        VoluntaryPeriodOver = new DateTimeOffset(deadline.DueDate.AddDays(1).ToDateTime(TimeOnly.MinValue), VietnamTime.Offset)
            .ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        return ActivityResult.Completed;
    }
}
