using System.Text.Json.Nodes;
using Thads.Enforcement.Calendar;
using Thads.Enforcement.Cases;
using Thads.Workflows.Activities;
using Thads.Workflows.Runtime;

namespace Thads.Activities;

/// <summary>
/// Handover (bàn giao, domain §2.13) of an executor's open cases and the money they hold to another
/// executor, approved by a leader. The stated money must equal the balance the records give; otherwise the
/// BPMN error <c>HANDOVER_BALANCE_MISMATCH</c> sends the process back to prepare it again.
/// </summary>
[WorkflowActivity(
    "Handover",
    Category = "THADS",
    DisplayNameVi = "Bàn giao hồ sơ và tiền",
    DisplayNameEn = "Handover",
    DescriptionVi = "Bàn giao hồ sơ đang thi hành và tiền Chấp hành viên đang giữ cho Chấp hành viên khác, có lãnh đạo duyệt; đối chiếu số dư. Kết quả: handedOverCases, handedOverMoney.",
    DescriptionEn = "Hands an executor's open cases and held money to another executor after a leader's approval, checking the balance. Results: handedOverCases, handedOverMoney.")]
public sealed class HandoverActivity(CaseService cases, TimeProvider time) : IResumableActivity
{
    public const string FormKey = "handover-approval";
    public const string MismatchError = "HANDOVER_BALANCE_MISMATCH";

    [ActivityInput(DisplayNameVi = "Chấp hành viên bàn giao", DisplayNameEn = "From executor", Required = true)]
    public string FromExecutor { get; set; } = "";

    [ActivityInput(DisplayNameVi = "Chấp hành viên nhận", DisplayNameEn = "To executor", Required = true)]
    public string ToExecutor { get; set; } = "";

    [ActivityInput(DisplayNameVi = "Mã đơn vị", DisplayNameEn = "Unit code", DefaultValue = "${unitCode}", Required = true)]
    public string UnitCode { get; set; } = "";

    [ActivityInput(DisplayNameVi = "Số tiền bàn giao (đồng)", DisplayNameEn = "Money handed over (VND)", DefaultValue = "0")]
    public long MoneyAmount { get; set; }

    [ActivityInput(DisplayNameVi = "Lý do bàn giao", DisplayNameEn = "Reason", DefaultValue = "${handoverReason}")]
    public string? Reason { get; set; }

    [ActivityInput(DisplayNameVi = "Ngày bàn giao", DisplayNameEn = "Handover date", DefaultValue = "${handoverDate}", DescriptionVi = "Để trống: ngày lãnh đạo duyệt.")]
    public DateOnly? HandoverDate { get; set; }

    [ActivityOutput(DisplayNameVi = "Số hồ sơ đã bàn giao", DisplayNameEn = "Cases handed over")]
    public int HandedOverCases { get; set; }

    [ActivityOutput(DisplayNameVi = "Số tiền đã bàn giao", DisplayNameEn = "Money handed over")]
    public long HandedOverMoney { get; set; }

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default)
    {
        var open = await cases.OpenCasesOfExecutorAsync(FromExecutor, cancellationToken);
        var held = await cases.HeldBalanceAsync(FromExecutor, cancellationToken);
        return ActivityResult.WaitForTask(new HumanTaskRequest
        {
            Name = $"Duyệt bàn giao: {FromExecutor} → {ToExecutor}",
            CandidateRole = "leader",
            CandidateUnit = UnitCode,
            FormKey = FormKey,
            Prefill = new Dictionary<string, JsonNode?>
            {
                ["openCases"] = open.Count,
                ["heldBalance"] = held,
                ["statedMoney"] = MoneyAmount,
            },
        });
    }

    public async ValueTask<ActivityResult> ResumeAsync(ActivityContext context, IReadOnlyDictionary<string, JsonNode?> taskData, CancellationToken cancellationToken = default)
    {
        if (ActivityText.Text(taskData, "decision") == "reject")
        {
            return ActivityResult.Error("HANDOVER_REJECTED", ActivityText.Text(taskData, "comment"));
        }

        var open = await cases.OpenCasesOfExecutorAsync(FromExecutor, cancellationToken);
        var input = new HandoverInput(FromExecutor, ToExecutor, open.Select(c => c.Id).ToList(), MoneyAmount, HandoverDate ?? VietnamTime.DateOf(time.GetUtcNow()))
        {
            Reason = Reason,
        };
        try
        {
            await cases.HandoverAsync(input, context.Actor ?? "", context.Actor ?? "", cancellationToken);
        }
        catch (CaseValidationException refusal) when (refusal.Errors.Any(e => e.Field == nameof(HandoverInput.MoneyAmount)))
        {
            return ActivityResult.Error(MismatchError, ActivityText.Describe(refusal));
        }
        catch (CaseValidationException refusal)
        {
            throw ActivityText.Refused("Bàn giao không thực hiện được", refusal);
        }

        await MoveRunningWorkAsync(context, open, cancellationToken);
        HandedOverCases = open.Count;
        HandedOverMoney = MoneyAmount;
        return ActivityResult.Completed;
    }

    /// <summary>
    /// The handed-over cases' running processes follow the new executor: open tasks move, and <c>executor</c> is
    /// set so later tasks are assigned to them too. Each is its own small transaction after the handover.
    /// </summary>
    private async Task MoveRunningWorkAsync(ActivityContext context, IReadOnlyList<EnforcementCase> handedOver, CancellationToken cancellationToken)
    {
        // Resolved when needed: the engine is running this very activity, so it cannot be a constructor dependency.
        if (context.Services.GetService(typeof(WorkflowEngine)) is not WorkflowEngine engine)
        {
            return;
        }

        foreach (var enforcementCase in handedOver)
        {
            var running = await engine.QueryInstancesAsync(new InstanceQuery { BusinessKey = enforcementCase.CaseNumber, Status = InstanceStatus.Running }, cancellationToken);
            foreach (var instance in running.Where(i => i.Id != context.InstanceId))
            {
                await engine.ReassignAsync(instance.Id, FromExecutor, ToExecutor, new Dictionary<string, object?> { ["executor"] = ToExecutor }, context.Actor, cancellationToken);
            }
        }
    }
}
