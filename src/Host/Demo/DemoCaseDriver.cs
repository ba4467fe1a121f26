using System.Globalization;
using Thads.Enforcement.Calendar;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Demo;
using Thads.Enforcement.Legal;
using Thads.Enforcement.Legal.Status;

namespace Thads.Host.Demo;

/// <summary>
/// Does for a demo case what the people do on the task pages: the change through the case service first (which checks
/// it against the law), then the task's completion with the form's values, as the right person, at the demo clock's
/// time. The same steps as the scenario tests' case pages.
/// </summary>
public sealed class DemoCaseDriver(DemoWorld world)
{
    private readonly Dictionary<string, int> _decisions = new(StringComparer.Ordinal);

    private CaseService Cases => world.Cases;

    private DateOnly Today => world.Clock.Today;

    private string TodayText => Iso(Today);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The agency that signs the unit's decisions: a regional office's are the province's (CV 3769/BTP-TCTHADS).</summary>
    public static string SigningAgency(string unitCode) => unitCode == DemoOrganisation.OtherProvince ? DemoOrganisation.OtherProvince : DemoOrganisation.Province;

    public static string HeadOf(string unitCode) => SigningAgency(unitCode) == DemoOrganisation.OtherProvince ? DemoOrganisation.OtherHead : DemoOrganisation.Head;

    /// <summary>The head signs most; the deputy takes every third case.</summary>
    public static string LeaderFor(DemoCaseRun run) =>
        SigningAgency(run.UnitCode) == DemoOrganisation.Province && run.Spec.Sequence % 3 == 0 ? DemoOrganisation.Deputy : HeadOf(run.UnitCode);

    private static string IntakeOfficerOf(string unitCode) => SigningAgency(unitCode) == DemoOrganisation.Province ? DemoOrganisation.Intake : DemoOrganisation.OtherHead;

    private static string Signature(string leader) => leader switch
    {
        DemoOrganisation.Deputy => "Lê Thị Phương, Phó Trưởng Thi hành án dân sự thành phố Đà Nẵng",
        DemoOrganisation.OtherHead => "Ngô Thị Ngãi, Trưởng Thi hành án dân sự tỉnh Quảng Ngãi",
        _ => "Nguyễn Văn Trường, Trưởng Thi hành án dân sự thành phố Đà Nẵng",
    };

    /// <summary>The next number in the signing agency's register of decisions this year.</summary>
    public string NextDecisionNumber(string unitCode, string suffix = "QĐ-THADS")
    {
        var key = $"{SigningAgency(unitCode)}/{Today.Year}";
        var next = _decisions[key] = _decisions.GetValueOrDefault(key) + 1;
        return $"{next}/{suffix}";
    }

    // ---- Intake and decision ---------------------------------------------------------------------------------

    /// <summary>The intake officer registers the request (or the judgment) received today and starts the main process.</summary>
    public async Task OpenAsync(DemoCaseRun run, CancellationToken cancellationToken)
    {
        var registered = await Cases.RegisterAsync(run.Spec.IntakeOn(Today), IntakeOfficerOf(run.UnitCode), cancellationToken);
        run.Capture(registered);
        await StartMainProcessAsync(run, cancellationToken);
    }

    public Task StartMainProcessAsync(DemoCaseRun run, CancellationToken cancellationToken) =>
        world.StartAsync("thads-enforcement", run.Number, new Dictionary<string, object?>
        {
            ["caseId"] = run.CaseId,
            ["caseNumber"] = run.Number,
            ["unitCode"] = run.UnitCode,
            ["amount"] = run.Total,
        }, IntakeOfficerOf(run.UnitCode), cancellationToken);

    /// <summary>The intake form: within the agency's competence and time limits.</summary>
    public async Task ReceiveAsync(DemoCaseRun run, CancellationToken cancellationToken)
    {
        var c = run.Registered ?? throw new InvalidOperationException($"Demo case {run.Number} is not registered.");
        var onRequest = c.IntakePath == IntakePath.OnRequest;
        await world.CompleteAsync(run.Number, "receiveCase", IntakeOfficerOf(run.UnitCode), new Dictionary<string, object?>
        {
            ["intakePath"] = onRequest ? "theo-don" : "chu-dong",
            ["receivedDate"] = Iso((onRequest ? c.RequestReceivedOn : c.JudgmentReceivedOn) ?? Today),
            ["judgmentNumber"] = c.JudgmentNumber,
            ["judgmentDate"] = Iso(c.JudgmentDate),
            ["judgmentEffectiveDate"] = Iso(c.JudgmentEffectiveDate ?? c.JudgmentDate),
            ["court"] = c.CourtName,
            ["requesterName"] = onRequest ? c.RequesterName : null,
            ["debtorName"] = run.Debtor.FullName,
            ["obligationKind"] = run.Obligations.Any(o => o.Kind == ObligationKind.Private) ? "tra-tien-tai-san" : "ngan-sach",
            ["amount"] = run.Total,
            ["accepted"] = true,
        }, cancellationToken);
    }

    public async Task DraftDecisionAsync(DemoCaseRun run, CancellationToken cancellationToken)
    {
        run.DecisionNumber = NextDecisionNumber(run.UnitCode);
        await world.CompleteAsync(run.Number, "draftDecision", IntakeOfficerOf(run.UnitCode), new Dictionary<string, object?>
        {
            ["decisionNumber"] = run.DecisionNumber,
            ["decisionDate"] = TodayText,
            ["amount"] = run.Total,
            ["decisionContent"] = string.Join("; ", run.Obligations.Select(o => $"{o.Description}: {o.Amount.ToString("#,0", CultureInfo.GetCultureInfo("vi-VN"))} đồng")),
        }, cancellationToken);
    }

    /// <summary>The leader approves the drafted decision; the approval issues it and the case opens (Accepted, Art. 36).</summary>
    public async Task SignDecisionAsync(DemoCaseRun run, CancellationToken cancellationToken)
    {
        run.DecisionDate = Today;
        await ApproveAsync(run, "approveDecision", LeaderFor(run), cancellationToken);
    }

    public Task ApproveAsync(DemoCaseRun run, string elementId, string leader, CancellationToken cancellationToken) =>
        world.CompleteAsync(run.Number, elementId, leader, new Dictionary<string, object?> { ["decision"] = "approve", ["comment"] = "Đồng ý." }, cancellationToken);

    /// <summary>
    /// A decision that changes the status (44a, postponement, suspension, termination), signed through the approval
    /// task alone: the approval records the change. The 44a ground comes from the verification form (Art. 44a cl. 1).
    /// </summary>
    public Task SignStatusDecisionAsync(DemoCaseRun run, string elementId, EnforcementStatus status, string ground, CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, object?>
        {
            ["decision"] = "approve",
            ["comment"] = "Đồng ý.",
            ["statusDecisionNumber"] = NextDecisionNumber(run.UnitCode),
            ["statusDecisionDate"] = TodayText,
        };
        if (status != EnforcementStatus.NoConditions)
        {
            form["statusGround"] = ground;
        }

        return world.CompleteAsync(run.Number, elementId, LeaderFor(run), form, cancellationToken);
    }

    // ---- Assignment and notification -------------------------------------------------------------------------

    public Task AssignAsync(DemoCaseRun run, CancellationToken cancellationToken) =>
        world.CompleteAsync(run.Number, "assignExecutor", LeaderFor(run), new Dictionary<string, object?>
        {
            ["executor"] = run.Executor,
            ["assignmentNote"] = "Phân công tổ chức thi hành.",
        }, cancellationToken);

    /// <summary>
    /// The decision handed to the debtor: the notification task, from which the process records the notice, the
    /// voluntary period's last day (Art. 45) and the status change.
    /// </summary>
    public async Task NotifyAsync(DemoCaseRun run, CancellationToken cancellationToken)
    {
        run.InVoluntaryPeriod = true;
        await world.CompleteAsync(run.Number, "notifyParties", run.Executor, new Dictionary<string, object?>
        {
            ["notifiedDate"] = TodayText,
            ["notificationMethod"] = run.Spec.Sequence % 4 == 0 ? "buu-chinh" : "truc-tiep",
            ["procuracyNotified"] = true,
        }, cancellationToken);
    }

    // ---- Verification ----------------------------------------------------------------------------------------

    /// <summary>The verification record (Art. 44); with conditions the case goes to execution (Art. 46), without, the 44a decision is the head's.</summary>
    public async Task VerifyAsync(DemoCaseRun run, bool hasConditions, CancellationToken cancellationToken)
    {
        // The process records the verification and the status changes it allows (RecordVerification, Art. 44/46).
        var reason = run.Spec.NoConditionsReason;
        run.InVoluntaryPeriod = false;
        await world.CompleteAsync(run.Number, "verifyConditions", run.Executor, new Dictionary<string, object?>
        {
            ["verificationDate"] = TodayText,
            ["verificationRecordNumber"] = $"{run.Spec.Sequence}/BB-XM",
            ["debtorDeclared"] = true,
            ["assetsAndIncome"] = hasConditions ? "Tài khoản tại ngân hàng thương mại; thu nhập từ tiền lương." : NoConditionsNote(reason),
            ["hasConditions"] = hasConditions,
            ["noConditionsGround"] = hasConditions ? null : reason.GroundCode(),
            ["reverificationKind"] = hasConditions ? null : FormKind(reason),
        }, cancellationToken);
    }

    public Task SignNoConditionsAsync(DemoCaseRun run, CancellationToken cancellationToken) =>
        SignStatusDecisionAsync(run, "approveNoConditions", EnforcementStatus.NoConditions, run.Spec.NoConditionsReason.GroundCode(), cancellationToken);

    /// <summary>The statistician publishes the debtor without conditions (Art. 44a).</summary>
    public Task PublishAsync(DemoCaseRun run, CancellationToken cancellationToken) =>
        world.CompleteAsync(run.Number, "publishNoConditions", DemoOrganisation.Statistician, new Dictionary<string, object?>
        {
            ["publishedDate"] = TodayText,
            ["publicationLink"] = "/cong-khai",
            ["sentToCommune"] = true,
        }, cancellationToken);

    // ---- Execution -------------------------------------------------------------------------------------------

    /// <summary>Collects <paramref name="amount"/> on an obligation against a receipt.</summary>
    public Task CollectAsync(DemoCaseRun run, Obligation obligation, long amount, CancellationToken cancellationToken) =>
        Cases.RecordMoneyAsync(run.CaseId, new MoneyInput(MoneyKind.Collected, amount, Today)
        {
            ObligationId = obligation.Id,
            ReceiptNumber = $"BL{run.Spec.Sequence:D3}{obligation.Id:D4}-{Today:MMdd}",
        }, run.Executor, cancellationToken);

    /// <summary>Pays out collected money (Art. 47): to the creditor of a private debt, into the state budget otherwise.</summary>
    public Task PayOutAsync(DemoCaseRun run, Obligation obligation, long amount, CancellationToken cancellationToken) =>
        Cases.RecordMoneyAsync(run.CaseId, obligation.Kind == ObligationKind.Private
            ? new MoneyInput(MoneyKind.PaidOut, amount, Today) { PartyId = obligation.CreditorPartyId }
            : new MoneyInput(MoneyKind.PaidOut, amount, Today) { ObligationId = obligation.Id },
            run.Executor, cancellationToken);

    /// <summary>Collects the court fee and part of the debt, pays the fee into the budget and part of the debt out; some money stays held.</summary>
    public async Task CollectPartAsync(DemoCaseRun run, bool payOut, CancellationToken cancellationToken)
    {
        foreach (var obligation in run.Obligations)
        {
            var amount = obligation.Kind == ObligationKind.Private ? obligation.Amount * (30 + run.Spec.Sequence % 4 * 10) / 100 / 100_000 * 100_000 : obligation.Amount;
            await CollectAsync(run, obligation, amount, cancellationToken);
            if (payOut)
            {
                await PayOutAsync(run, obligation, obligation.Kind == ObligationKind.Private ? amount / 2 / 100_000 * 100_000 : amount, cancellationToken);
            }
        }
    }

    /// <summary>Everything still owed is collected and paid out, the case is completed (Art. 52 cl. 1) and the execution task closed.</summary>
    public async Task CollectEverythingAndCompleteAsync(DemoCaseRun run, CancellationToken cancellationToken)
    {
        var c = await Cases.GetAsync(run.CaseId, cancellationToken) ?? throw new InvalidOperationException($"No case {run.CaseId}.");
        long total = 0;
        foreach (var obligation in c.Obligations.Where(o => o.Remaining > 0).OrderBy(o => o.Id))
        {
            total += obligation.Remaining;
            await CollectAsync(run, obligation, obligation.Remaining, cancellationToken);
            await PayOutAsync(run, obligation, obligation.Remaining, cancellationToken);
        }

        await Cases.ChangeStatusAsync(run.CaseId, EnforcementStatus.Completed, LegalGroundCodes.Performed, Today, null, run.Executor, cancellationToken);
        await world.CompleteAsync(run.Number, "executeJudgment", run.Executor, new Dictionary<string, object?>
        {
            ["outcome"] = "completed",
            ["amountCollected"] = total,
            ["amountPaidOut"] = total,
            ["executionNote"] = "Đã thu đủ và chi trả cho người được thi hành án.",
        }, cancellationToken);
    }

    /// <summary>The executor proposes another outcome (terminated, postponed, suspended, delegate) for the leader to decide.</summary>
    public Task ProposeAsync(DemoCaseRun run, string outcome, string? ground, CancellationToken cancellationToken) =>
        world.CompleteAsync(run.Number, "executeJudgment", run.Executor, new Dictionary<string, object?>
        {
            ["outcome"] = outcome,
            ["legalGround"] = ground,
            ["groundArisenDate"] = ground is null ? null : TodayText,
            ["executionNote"] = outcome == "delegate" ? "Người phải thi hành án có tài sản ở địa phương khác." : $"Đề xuất theo căn cứ {ground}.",
        }, cancellationToken);

    // ---- Delegation ------------------------------------------------------------------------------------------

    public Task PrepareDelegationAsync(DemoCaseRun run, string target, CancellationToken cancellationToken) =>
        world.CompleteAsync(run.Number, "prepareDelegation", run.Executor, new Dictionary<string, object?>
        {
            ["targetUnitCode"] = target,
            ["delegationReason"] = target == DemoOrganisation.MilitaryRegion ? "quan-doi" : "tai-san",
            ["delegationScope"] = "toan-bo",
            ["delegationNote"] = target == DemoOrganisation.MilitaryRegion
                ? "Người phải thi hành án là quân nhân đang công tác tại đơn vị thuộc Quân khu 5."
                : "Người phải thi hành án có tài sản tại địa bàn cơ quan nhận ủy thác.",
        }, cancellationToken);

    /// <summary>The leader signs the delegation; the Delegation activity creates the receiving case and its acceptance task.</summary>
    public async Task ApproveDelegationAsync(DemoCaseRun run, CancellationToken cancellationToken)
    {
        await ApproveAsync(run, "approveDelegation", LeaderFor(run), cancellationToken);
        await using var db = await world.Contexts.CreateDbContextAsync(cancellationToken);
        run.ReceivingCaseId = db.Cases.Where(c => c.DelegatedFromCaseId == run.CaseId).Select(c => (int?)c.Id).FirstOrDefault()
            ?? throw new InvalidOperationException($"Demo case {run.Number}: the delegation created no receiving case.");
    }

    public Task AcceptDelegationAsync(DemoCaseRun run, string receivingLeader, CancellationToken cancellationToken) =>
        world.CompleteAsync(run.Number, "delegateToAgency", receivingLeader, new Dictionary<string, object?> { ["note"] = "Đã tiếp nhận hồ sơ ủy thác." }, cancellationToken);

    private static string FormKind(NoConditionsReason reason) => reason switch
    {
        NoConditionsReason.ImprisonedNoIncomeOrAssets => "LongPrison",
        NoConditionsReason.AddressUnknown => "UnknownAddress",
        _ => "Default",
    };

    private static string NoConditionsNote(NoConditionsReason reason) => reason switch
    {
        NoConditionsReason.ImprisonedNoIncomeOrAssets => "Người phải thi hành án đang chấp hành án phạt tù, không có tài sản, thu nhập.",
        NoConditionsReason.AddressUnknown => "Không xác định được nơi cư trú của người phải thi hành án.",
        _ => "Người phải thi hành án không có tài sản, thu nhập để thi hành án.",
    };
}
