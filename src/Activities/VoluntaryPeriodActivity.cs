using Thads.Enforcement.Calendar;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Legal;
using Thads.Enforcement.Legal.Status;
using Thads.Workflows.Activities;

namespace Thads.Activities;

/// <summary>
/// The voluntary execution period (Art. 45: 10 days from the day the debtor received, or was duly notified of, the
/// decision), counted from the notification date the executor entered — not from when the task was completed — by
/// the rule table in force on that date and the stored calendar. Stores the last day on the case and gives the
/// moment the period is over (the next day, 00:00 Vietnam time) for the timer that opens verification. A case still
/// Accepted (decided, not yet notified) first gets what the notification form says: the notice of the decision to
/// each debtor (Art. 39) and the start of the voluntary period on the notification date (Art. 45); facts already
/// recorded are not recorded again.
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

    [ActivityInput(DisplayNameVi = "Hình thức thông báo", DisplayNameEn = "Notification method", DefaultValue = "${notificationMethod}",
        DescriptionVi = "Giá trị của mẫu thông báo: truc-tiep, buu-chinh, niem-yet, thong-tin-dai-chung.",
        DescriptionEn = "The notification form's value: truc-tiep, buu-chinh, niem-yet, thong-tin-dai-chung.")]
    public string? NotificationMethod { get; set; }

    [ActivityOutput(DisplayNameVi = "Ngày cuối của thời hạn tự nguyện", DisplayNameEn = "Last day of the period")]
    public string? VoluntaryPeriodEnds { get; set; }

    [ActivityOutput(DisplayNameVi = "Thời điểm hết thời hạn tự nguyện", DisplayNameEn = "Moment the period is over")]
    public string? VoluntaryPeriodOver { get; set; }

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default)
    {
        var deadline = rules.Due(LegalRuleNames.Voluntary, NotifiedDate);
        try
        {
            if (await RecordNotificationAsync(context.Actor ?? "workflow", cancellationToken) is { } problem)
            {
                return ActivityResult.Fault($"Thông báo quyết định thi hành án: {problem}");
            }

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

    /// <summary>The notice to each debtor and the move to the voluntary period, unless the case is past that already.</summary>
    /// <returns>What is missing for it, or null.</returns>
    private async Task<string?> RecordNotificationAsync(string actor, CancellationToken cancellationToken)
    {
        var c = await cases.GetAsync(CaseId, cancellationToken);
        if (c is not { Status: EnforcementStatus.Accepted })
        {
            return null;
        }

        if (MethodOf(NotificationMethod) is not { } method)
        {
            return $"hình thức thông báo (notificationMethod) '{NotificationMethod ?? "(trống)"}' không hợp lệ; chọn truc-tiep, buu-chinh, niem-yet hoặc thong-tin-dai-chung.";
        }

        if (NotifiedDate < c.DecisionDate)
        {
            // Art. 39: what is notified is the decision, so it cannot reach the debtor before it was made.
            return $"ngày thông báo (notifiedDate) {LegalText.Date(NotifiedDate)} trước ngày ra quyết định thi hành án ({LegalText.Date(c.DecisionDate.Value)}).";
        }

        try
        {
            await RecordNoticesAndStatusAsync(c, method, actor, cancellationToken);
        }
        catch (CaseValidationException refusal)
        {
            return ActivityText.Describe(refusal);
        }

        return null;
    }

    private async Task RecordNoticesAndStatusAsync(EnforcementCase c, NoticeMethod method, string actor, CancellationToken cancellationToken)
    {
        foreach (var debtor in c.Parties.Where(p => p.Role == PartyRole.Debtor))
        {
            if (!c.Notices.Any(n => n.RecipientPartyId == debtor.Id && n.NotifiedOn == NotifiedDate))
            {
                var notice = new NoticeInput($"Quyết định thi hành án số {c.DecisionNumber}", debtor.FullName, NotifiedDate, method)
                {
                    DocumentDate = c.DecisionDate,
                    RecipientPartyId = debtor.Id,
                };
                await cases.RecordNoticeAsync(CaseId, notice, actor, cancellationToken);
            }
        }

        await cases.ChangeStatusAsync(CaseId, EnforcementStatus.VoluntaryPeriod, LegalGroundCodes.Notified, NotifiedDate, null, actor, cancellationToken);
    }

    /// <summary>The notification form's choices (forms/notification.form) as the case records them (Arts. 39–43).</summary>
    private static NoticeMethod? MethodOf(string? formValue) => formValue switch
    {
        "truc-tiep" => NoticeMethod.Direct,
        "buu-chinh" => NoticeMethod.Post,
        "niem-yet" => NoticeMethod.PublicPosting,
        "thong-tin-dai-chung" => NoticeMethod.MassMedia,
        _ => null,
    };
}
