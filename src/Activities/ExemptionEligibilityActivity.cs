using Thads.Enforcement.Alerts;
using Thads.Enforcement.Calendar;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Legal.Exemption;
using Thads.Workflows.Activities;

namespace Thads.Activities;

/// <summary>
/// Evaluates whether the case's state-budget obligations may be exempted or reduced (Arts. 61–64; TTLT
/// 12/2015) and, when one is, raises the W17 alert so the executor proposes it; the process then opens
/// the proposal task.
/// </summary>
[WorkflowActivity(
    "ExemptionEligibility",
    Category = "THADS",
    DisplayNameVi = "Xét điều kiện miễn, giảm",
    DisplayNameEn = "Exemption eligibility",
    DescriptionVi = "Xét khoản thu nộp ngân sách nhà nước đủ điều kiện miễn, giảm (Điều 61) chưa; nếu đủ thì cảnh báo để lập đề nghị. Kết quả: eligible, eligibleFrom, reason.",
    DescriptionEn = "Checks whether a state-budget obligation qualifies for exemption or reduction (Art. 61) and alerts when it does. Results: eligible, eligibleFrom, reason.")]
public sealed class ExemptionEligibilityActivity(CaseService cases, AlertService alerts, TimeProvider time) : IWorkflowActivity
{
    [ActivityInput(DisplayNameVi = "Mã hồ sơ", DisplayNameEn = "Case id", DefaultValue = "${caseId}", Required = true)]
    public int CaseId { get; set; }

    [ActivityOutput(DisplayNameVi = "Đủ điều kiện", DisplayNameEn = "Eligible")]
    public bool Eligible { get; set; }

    [ActivityOutput(DisplayNameVi = "Đủ điều kiện từ ngày", DisplayNameEn = "Eligible from")]
    public DateOnly? EligibleFrom { get; set; }

    [ActivityOutput(DisplayNameVi = "Lý do", DisplayNameEn = "Reason")]
    public string? Reason { get; set; }

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default)
    {
        var enforcementCase = await cases.GetAsync(CaseId, cancellationToken);
        if (enforcementCase is null)
        {
            return ActivityResult.Fault($"Xét miễn, giảm: không có hồ sơ mã {CaseId} (caseId).");
        }

        var today = VietnamTime.DateOf(time.GetUtcNow());
        var assessments = await cases.ExemptionAsync(CaseId, today, cancellationToken);
        var eligible = assessments.Where(a => a.Assessment.Outcome == ExemptionOutcome.Eligible).ToList();
        Eligible = eligible.Count > 0;
        EligibleFrom = Eligible
            ? eligible.Min(a => a.Assessment.EligibleFrom)
            : assessments.Where(a => a.Assessment.Outcome == ExemptionOutcome.NotYet).Min(a => a.Assessment.EligibleFrom);
        Reason = assessments.Count == 0
            ? "Hồ sơ không có khoản thu nộp ngân sách nhà nước còn phải thi hành."
            : string.Join(" ", (Eligible ? eligible : assessments).Select(a => $"{a.Description}: {a.Assessment.Reason}"));
        if (Eligible)
        {
            await alerts.RaiseAsync(
                new AlertRequest(
                    enforcementCase.CaseNumber,
                    "W17-du-dieu-kien-mien-giam",
                    enforcementCase.Unit!.Code,
                    "Hồ sơ đủ điều kiện xét miễn, giảm nghĩa vụ thi hành án",
                    $"Hồ sơ {enforcementCase.CaseNumber}: {Reason}",
                    $"/cases/{Uri.EscapeDataString(enforcementCase.CaseNumber)}"),
                cancellationToken);
        }

        return ActivityResult.Completed;
    }
}
