using Thads.Enforcement.Alerts;
using Thads.Enforcement.Calendar;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Legal;
using Thads.Workflows.Activities;

namespace Thads.Activities;

/// <summary>
/// Computes when the executor must verify the debtor's conditions — the first verification 10 days after
/// the voluntary period (Art. 44 cl. 1; ND 62 Art. 9 as amended by ND 33/2020), re-verification every 6
/// months or yearly (Art. 44 cl. 4) — for a boundary timer to watch, and raises the late-verification
/// alert at once when that day has already passed (warning W7a / W7b).
/// </summary>
[WorkflowActivity(
    "VerificationWarning",
    Category = "THADS",
    DisplayNameVi = "Hạn xác minh điều kiện thi hành án",
    DisplayNameEn = "Verification deadline",
    DescriptionVi = "Tính hạn xác minh (lần đầu hoặc xác minh lại) theo luật; cảnh báo chậm xác minh nếu đã quá hạn. Kết quả: verificationDue, overdue.",
    DescriptionEn = "Computes the verification deadline (first or repeated) and alerts when it has passed. Results: verificationDue, overdue.")]
public sealed class VerificationWarningActivity(CaseService cases, LegalRules rules, AlertService alerts, TimeProvider time) : IWorkflowActivity
{
    /// <summary>The alarm rings the first morning after the last day of the period, when the delay is real.</summary>
    private static readonly TimeOnly MorningAfter = new(8, 0);

    [ActivityInput(DisplayNameVi = "Mã hồ sơ", DisplayNameEn = "Case id", DefaultValue = "${caseId}", Required = true)]
    public int CaseId { get; set; }

    [ActivityInput(DisplayNameVi = "Loại xác minh", DisplayNameEn = "Mode", Required = true, Choices = ["FirstVerification", "ReVerification"])]
    public string Mode { get; set; } = "FirstVerification";

    [ActivityInput(DisplayNameVi = "Trường hợp xác minh lại", DisplayNameEn = "Re-verification kind", Choices = ["Default", "LongPrison", "UnknownAddress"], DefaultValue = "Default")]
    public string ReverificationKind { get; set; } = "Default";

    [ActivityInput(DisplayNameVi = "Tính từ ngày", DisplayNameEn = "From date", DescriptionVi = "Để trống: ngày hết hạn tự nguyện (lần đầu) hoặc ngày xác minh gần nhất (xác minh lại).")]
    public DateOnly? FromDate { get; set; }

    [ActivityOutput(DisplayNameVi = "Hạn xác minh", DisplayNameEn = "Verification due")]
    public string? VerificationDue { get; set; }

    [ActivityOutput(DisplayNameVi = "Đã quá hạn", DisplayNameEn = "Overdue")]
    public bool Overdue { get; set; }

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default)
    {
        var enforcementCase = await cases.GetAsync(CaseId, cancellationToken);
        if (enforcementCase is null)
        {
            return ActivityResult.Fault($"Hạn xác minh: không có hồ sơ mã {CaseId} (caseId).");
        }

        var today = VietnamTime.DateOf(time.GetUtcNow());
        var first = Mode == "FirstVerification";
        var from = FromDate ?? (first ? enforcementCase.VoluntaryPeriodEndsOn : enforcementCase.LastVerifiedOn) ?? today;
        var kind = ReverificationKind switch
        {
            "LongPrison" => LegalRuleKinds.LongPrison,
            "UnknownAddress" => LegalRuleKinds.UnknownAddress,
            _ => null,
        };
        var due = first ? rules.Due(LegalRuleNames.Verification, from) : rules.Due(LegalRuleNames.Reverification, from, kind);
        VerificationDue = new DateTimeOffset(due.DueDate.AddDays(1).ToDateTime(MorningAfter), VietnamTime.Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz");
        Overdue = today > due.DueDate;
        if (Overdue)
        {
            var rule = first ? "W7a-cham-xac-minh" : "W7b-qua-han-xac-minh-lai";
            await alerts.RaiseAsync(
                new AlertRequest(
                    enforcementCase.CaseNumber,
                    rule,
                    enforcementCase.Unit!.Code,
                    first ? "Chậm xác minh điều kiện thi hành án" : "Quá hạn xác minh lại điều kiện thi hành án",
                    $"Hồ sơ {enforcementCase.CaseNumber}: hạn xác minh là {due.DueDate:dd/MM/yyyy} ({string.Join("; ", due.Rule.Citations.Select(c => c.ToString()))}).",
                    $"/cases/{Uri.EscapeDataString(enforcementCase.CaseNumber)}"),
                cancellationToken);
        }

        return ActivityResult.Completed;
    }
}
