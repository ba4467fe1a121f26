using System.Text.Json.Nodes;
using Thads.Enforcement.Calendar;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Legal;
using Thads.Workflows.Activities;

namespace Thads.Activities;

/// <summary>
/// Delegates (ủy thác) a case to another agency — another province or a military-region agency; not to a
/// regional office of the same province since 07/2025 (Arts. 55–57; domain §2.12). The sender's case
/// becomes Delegated; the receiving agency gets a new case and a leader there accepts it (Art. 57: its own
/// decision within 5 working days). A refused delegation is the BPMN error <c>DELEGATION_REFUSED</c>.
/// </summary>
[WorkflowActivity(
    "Delegation",
    Category = "THADS",
    DisplayNameVi = "Ủy thác thi hành án",
    DisplayNameEn = "Delegation",
    DescriptionVi = "Ủy thác hồ sơ cho cơ quan thi hành án khác (kể cả cơ quan thi hành án quân khu); cơ quan nhận tiếp nhận hồ sơ mới. Kết quả: receivingCaseId, delegatedOn.",
    DescriptionEn = "Delegates the case to another agency (military agencies included), which accepts it as a new case. Results: receivingCaseId, delegatedOn.")]
public sealed class DelegationActivity(CaseService cases, LegalRules rules, TimeProvider time) : IResumableActivity
{
    public const string FormKey = "delegation-accept";
    public const string RefusedError = "DELEGATION_REFUSED";

    [ActivityInput(DisplayNameVi = "Mã hồ sơ", DisplayNameEn = "Case id", DefaultValue = "${caseId}", Required = true)]
    public int CaseId { get; set; }

    [ActivityInput(DisplayNameVi = "Cơ quan nhận ủy thác (mã đơn vị)", DisplayNameEn = "Receiving agency (unit code)", Required = true)]
    public string TargetUnitCode { get; set; } = "";

    [ActivityInput(DisplayNameVi = "Lý do", DisplayNameEn = "Reason")]
    public string? Reason { get; set; }

    [ActivityOutput(DisplayNameVi = "Hồ sơ tại cơ quan nhận", DisplayNameEn = "Receiving case")]
    public int? ReceivingCaseId { get; set; }

    [ActivityOutput(DisplayNameVi = "Ngày ủy thác", DisplayNameEn = "Delegated on")]
    public DateOnly? DelegatedOn { get; set; }

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default)
    {
        var today = VietnamTime.DateOf(time.GetUtcNow());
        EnforcementCase receiving;
        try
        {
            receiving = await cases.DelegateAsync(CaseId, TargetUnitCode, today, context.Actor ?? "system", cancellationToken: cancellationToken);
        }
        catch (CaseValidationException refusal)
        {
            return ActivityResult.Error(RefusedError, ActivityText.Describe(refusal));
        }

        // Kept on the process: the activity object that resumes after the acceptance is a new one.
        context.SetVariable("receivingCaseId", receiving.Id);
        context.SetVariable("delegatedOn", today.ToString("yyyy-MM-dd"));
        var acceptBy = rules.Due(LegalRuleNames.DelegationAcceptance, today).DueDate;
        return ActivityResult.WaitForTask(new HumanTaskRequest
        {
            Name = $"Tiếp nhận ủy thác: hồ sơ {receiving.CaseNumber}",
            CandidateRole = "leader",
            CandidateUnit = TargetUnitCode,
            DueDate = acceptBy.ToString("yyyy-MM-dd"),
            FormKey = FormKey,
            Prefill = new Dictionary<string, JsonNode?> { ["receivingCaseNumber"] = receiving.CaseNumber, ["reason"] = Reason },
        });
    }

    public async ValueTask<ActivityResult> ResumeAsync(ActivityContext context, IReadOnlyDictionary<string, JsonNode?> taskData, CancellationToken cancellationToken = default)
    {
        if (context.GetVariable("receivingCaseId") is not JsonValue id || !int.TryParse(id.ToString(), out var receivingCaseId))
        {
            return ActivityResult.Fault("Ủy thác: không còn biết hồ sơ tại cơ quan nhận (biến receivingCaseId).");
        }

        try
        {
            await cases.AcceptDelegationAsync(receivingCaseId, context.Actor ?? "", cancellationToken);
        }
        catch (CaseValidationException refusal)
        {
            throw ActivityText.Refused("Tiếp nhận ủy thác không thực hiện được", refusal);
        }

        ReceivingCaseId = receivingCaseId;
        DelegatedOn = DateOnly.Parse(context.GetVariable("delegatedOn")!.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        return ActivityResult.Completed;
    }
}
