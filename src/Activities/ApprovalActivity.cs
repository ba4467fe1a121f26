using System.Text.Json.Nodes;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Legal.Status;
using Thads.Workflows.Activities;

namespace Thads.Activities;

/// <summary>
/// A leader approves or rejects (with a comment) what the process submits: the enforcement decision, a
/// postponement, suspension, termination, the Art. 44a no-conditions decision, an exemption proposal, a
/// delegation or a handover. The decision is recorded on the case; the process loops back on rejection. Approving
/// the enforcement decision issues it on the case (Art. 36) from the draft's number and date.
/// </summary>
[WorkflowActivity(
    "Approval",
    Category = "THADS",
    DisplayNameVi = "Phê duyệt",
    DisplayNameEn = "Approval",
    DescriptionVi = "Thủ trưởng hoặc Phó Thủ trưởng duyệt hoặc không duyệt (kèm ý kiến). Kết quả: approved, approvalComment, approvedBy.",
    DescriptionEn = "A head or deputy approves or rejects with a comment. Results: approved, approvalComment, approvedBy.")]
public sealed class ApprovalActivity(CaseService cases) : IResumableActivity
{
    public const string FormKey = "approval";

    // Named apart from the draft form's decisionNumber/decisionDate, which hold the enforcement decision (Art. 36).
    public const string StatusDecisionNumberField = "statusDecisionNumber";
    public const string StatusDecisionDateField = "statusDecisionDate";
    public const string StatusGroundField = "statusGround";

    [ActivityInput(DisplayNameVi = "Nội dung trình duyệt", DisplayNameEn = "Subject", Required = true)]
    public string Subject { get; set; } = "";

    [ActivityInput(DisplayNameVi = "Loại phê duyệt", DisplayNameEn = "Kind", Required = true,
        Choices = ["Decision", "Postponement", "Suspension", "Termination", "NoConditions", "Exemption", "Delegation", "Handover", "Other"])]
    public string Kind { get; set; } = "Decision";

    [ActivityInput(DisplayNameVi = "Mã hồ sơ", DisplayNameEn = "Case id", DefaultValue = "${caseId}")]
    public int? CaseId { get; set; }

    [ActivityInput(DisplayNameVi = "Mã đơn vị", DisplayNameEn = "Unit code", DefaultValue = "${unitCode}", Required = true)]
    public string UnitCode { get; set; } = "";

    [ActivityOutput(DisplayNameVi = "Đã duyệt", DisplayNameEn = "Approved")]
    public bool Approved { get; set; }

    [ActivityOutput(DisplayNameVi = "Ý kiến", DisplayNameEn = "Comment")]
    public string? ApprovalComment { get; set; }

    [ActivityOutput(DisplayNameVi = "Người duyệt", DisplayNameEn = "Approved by")]
    public string? ApprovedBy { get; set; }

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ActivityResult.WaitForTask(new HumanTaskRequest
        {
            Name = $"Phê duyệt: {Subject}",
            CandidateRole = "leader",
            CandidateUnit = UnitCode,
            FormKey = FormKey,
            Prefill = new Dictionary<string, JsonNode?> { ["subject"] = Subject, ["approvalKind"] = Kind },
        }));

    public async ValueTask<ActivityResult> ResumeAsync(ActivityContext context, IReadOnlyDictionary<string, JsonNode?> taskData, CancellationToken cancellationToken = default)
    {
        var decision = ActivityText.Text(taskData, "decision");
        if (decision is not ("approve" or "reject"))
        {
            throw new TaskInputRefusedException(
                $"Phê duyệt: trường 'decision' phải là 'approve' hoặc 'reject', nhận được '{decision ?? "(trống)"}'.",
                [KeyValuePair.Create("decision", "Chọn Duyệt hoặc Không duyệt.")]);
        }

        Approved = decision == "approve";
        ApprovalComment = ActivityText.Text(taskData, "comment");
        ApprovedBy = context.Actor;
        if (CaseId is { } caseId)
        {
            if (Approved && Kind == "Decision" && await ApproveDecisionAsync(context, caseId, cancellationToken))
            {
                return ActivityResult.Completed;
            }

            if (Approved && StatusOf(Kind) is { } status && await ApproveStatusDecisionAsync(context, taskData, caseId, status, cancellationToken))
            {
                return ActivityResult.Completed;
            }

            try
            {
                await cases.RecordApprovalAsync(caseId, RecordedKind(Kind), Approved, ApprovalComment, context.Actor ?? "", cancellationToken);
            }
            catch (CaseValidationException refusal)
            {
                throw ActivityText.Refused("Phê duyệt không ghi được vào hồ sơ", refusal);
            }
        }

        return ActivityResult.Completed;
    }

    /// <summary>
    /// The head's approval is the signature of the enforcement decision (Art. 36): the case gets the number and date the
    /// draft form set (decisionNumber, decisionDate) and opens, with the approval, in one step. When the case already has
    /// that decision (recorded by another path) only the approval is left to record.
    /// </summary>
    /// <returns>Whether the decision and the approval were recorded here.</returns>
    private async Task<bool> ApproveDecisionAsync(ActivityContext context, int caseId, CancellationToken cancellationToken)
    {
        var number = ActivityText.Variable(context, "decisionNumber");
        var date = ActivityText.Date(ActivityText.Variable(context, "decisionDate"));
        if (number is null || date is null)
        {
            throw new TaskInputRefusedException(
                "Quyết định thi hành án chưa ban hành được: dự thảo chưa có số quyết định (decisionNumber) hoặc ngày quyết định (decisionDate) hợp lệ; chọn Không duyệt để trả lại dự thảo.",
                [KeyValuePair.Create("decision", "Dự thảo thiếu số hoặc ngày quyết định.")]);
        }

        var current = await cases.GetAsync(caseId, cancellationToken);
        if (current is { DecisionNumber: { } issued, DecisionDate: { } issuedOn } && issued == number && issuedOn == date)
        {
            return false;
        }

        try
        {
            await cases.ApproveDecisionAsync(caseId, number, date.Value, ApprovalComment, context.Actor ?? "", cancellationToken);
            return true;
        }
        catch (CaseValidationException refusal)
        {
            throw ActivityText.Refused($"Quyết định thi hành án số {number} chưa ban hành được", refusal);
        }
    }

    /// <summary>
    /// The head's approval signs a decision that changes the status (Art. 44a, 48, 49, 50): the approval form gives the
    /// decision's number and date, and the legal ground (for 44a the verification form's noConditionsGround, Art. 44a
    /// cl. 1). The change and the approval are recorded in one step; when the case already has that status from that
    /// decision (recorded by another path) only the approval is left to record.
    /// </summary>
    /// <returns>Whether the change and the approval were recorded here.</returns>
    private async Task<bool> ApproveStatusDecisionAsync(
        ActivityContext context, IReadOnlyDictionary<string, JsonNode?> taskData, int caseId, EnforcementStatus status, CancellationToken cancellationToken)
    {
        var number = Filled(ActivityText.Text(taskData, StatusDecisionNumberField));
        var date = ActivityText.Date(ActivityText.Text(taskData, StatusDecisionDateField));
        var ground = Filled(ActivityText.Text(taskData, StatusGroundField))
            ?? (status == EnforcementStatus.NoConditions ? ActivityText.Variable(context, "noConditionsGround") : null);
        var missing = new List<KeyValuePair<string, string>>();
        if (number is null)
        {
            missing.Add(KeyValuePair.Create(StatusDecisionNumberField, "Nhập số quyết định."));
        }

        if (date is null)
        {
            missing.Add(KeyValuePair.Create(StatusDecisionDateField, "Nhập ngày quyết định (dd/MM/yyyy)."));
        }

        if (ground is null)
        {
            missing.Add(KeyValuePair.Create(StatusGroundField, "Chọn căn cứ pháp lý của quyết định."));
        }

        if (missing.Count > 0)
        {
            throw new TaskInputRefusedException(
                $"{Subject} chưa ký được: thiếu {string.Join(", ", missing.Select(m => m.Key))}; bổ sung hoặc chọn Không duyệt.", missing);
        }

        var current = await cases.GetAsync(caseId, cancellationToken);
        if (current is { Status: { } now } && now == status
            && current.StatusChanges.OrderBy(s => s.Id).LastOrDefault() is { } last && last.To == status && last.DecisionNumber == number)
        {
            return false;
        }

        try
        {
            await cases.ApproveStatusDecisionAsync(caseId, RecordedKind(Kind), status, ground!, date!.Value, number!, ApprovalComment, context.Actor ?? "", cancellationToken);
            return true;
        }
        catch (CaseValidationException refusal)
        {
            throw ActivityText.Refused($"Quyết định số {number} chưa ký được", refusal);
        }
    }

    private static string? Filled(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The status a leader-signed decision of this kind puts the case in, or null when the kind changes none.</summary>
    private static EnforcementStatus? StatusOf(string kind) => kind switch
    {
        "NoConditions" => EnforcementStatus.NoConditions,
        "Postponement" => EnforcementStatus.Postponed,
        "Suspension" => EnforcementStatus.Suspended,
        "Termination" => EnforcementStatus.Terminated,
        _ => null,
    };

    /// <summary>The designer's choice names map to the case history's approval kinds, so queries by kind find them.</summary>
    private static string RecordedKind(string kind) => kind switch
    {
        "Decision" => ApprovalKinds.Decision,
        "Postponement" => ApprovalKinds.Postponement,
        "Suspension" => ApprovalKinds.Suspension,
        "Termination" => ApprovalKinds.Termination,
        "NoConditions" => ApprovalKinds.NoConditions,
        "Exemption" => ApprovalKinds.Exemption,
        "Delegation" => ApprovalKinds.Delegation,
        "Handover" => ApprovalKinds.Handover,
        _ => "other",
    };
}
