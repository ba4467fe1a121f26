using System.Globalization;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Legal;
using Thads.Enforcement.Legal.Status;
using Thads.Workflows.Runtime;
using static Thads.Host.Tests.Scenarios.ScenarioOrganisation;

namespace Thads.Host.Tests.Scenarios;

/// <summary>
/// What each person does on the task pages: the task's completion with the form's values, as the right person. The
/// decision, the notification and the verification reach the case through the process itself (the activities write
/// them through <see cref="CaseService"/>); steps whose writing the process does not do yet (money, status decisions
/// after execution, re-verification) still record on the case first, as the case pages will. The scenarios call
/// these so that they read like the case's story.
/// </summary>
public sealed class CasePages(ScenarioHost host)
{
    public static readonly DateOnly JudgmentDate = new(2026, 1, 15);
    public static readonly DateOnly JudgmentEffectiveDate = new(2026, 2, 16);
    public static readonly DateOnly RequestReceivedOn = new(2026, 2, 27);

    public const string CreditorName = "Nguyễn Thị Hoa";
    public const string DebtorName = "Trần Văn Nợ";

    private CaseService Cases => host.Cases;

    private DateOnly Today => host.Clock.Today;

    private string TodayText => Iso(Today);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // ---- Intake and decision ---------------------------------------------------------------------------------

    /// <summary>
    /// The intake officer registers the creditor's request (a court fee and a private debt of the same debtor) and
    /// the system opens the main process for it, as the case page's "open" button will.
    /// </summary>
    public async Task<ScenarioCase> OpenCaseAsync(string number, long courtFee = 1_500_000, long privateDebt = 50_000_000, IReadOnlyDictionary<string, object?>? settings = null)
    {
        var intake = new CaseIntake(
            Province,
            number,
            IntakePath.OnRequest,
            JudgmentType.Civil,
            "Tòa án nhân dân khu vực 1 – Hà Nội",
            "25/2026/DS-ST",
            JudgmentDate,
            [
                new PartyInput(PartyRole.Creditor, PartyKind.Person, CreditorName) { IdNumber = "001190012345", Address = "Ba Đình, Hà Nội" },
                new PartyInput(PartyRole.Debtor, PartyKind.Person, DebtorName) { IdNumber = "001085067890", Address = "Đống Đa, Hà Nội" },
            ],
            [
                new ObligationInput(ObligationKind.CourtFee, "Án phí dân sự sơ thẩm", courtFee, DebtorIndex: 1),
                new ObligationInput(ObligationKind.Private, "Trả nợ tiền vay", privateDebt, DebtorIndex: 1) { CreditorIndex = 0 },
            ])
        {
            JudgmentEffectiveDate = JudgmentEffectiveDate,
            RequestReceivedOn = RequestReceivedOn,
            RequesterName = CreditorName,
        };
        var registered = await Cases.RegisterAsync(intake, Intake);
        var c = new ScenarioCase
        {
            Id = registered.Id,
            Number = registered.CaseNumber,
            CreditorId = registered.Parties.Single(p => p.Role == PartyRole.Creditor).Id,
            DebtorId = registered.Parties.Single(p => p.Role == PartyRole.Debtor).Id,
            CourtFeeId = registered.Obligations.Single(o => o.Kind == ObligationKind.CourtFee).Id,
            CourtFee = courtFee,
            PrivateDebtId = registered.Obligations.Single(o => o.Kind == ObligationKind.Private).Id,
            PrivateDebt = privateDebt,
        };
        var variables = new Dictionary<string, object?> { ["caseId"] = c.Id, ["caseNumber"] = c.Number, ["unitCode"] = Province, ["amount"] = c.Total };
        foreach (var (key, value) in settings ?? new Dictionary<string, object?>())
        {
            variables[key] = value;
        }

        c.InstanceId = (await host.StartAsync("thads-enforcement", c.Number, variables, Intake)).Id;
        return c;
    }

    /// <summary>
    /// The first day of a case whose decision is signed at once: intake, draft, the head's signature, assignment
    /// (the suggestion, or <paramref name="executor"/> when the head picks someone else) and the debtor notified.
    /// The process then waits out the voluntary period.
    /// </summary>
    public async Task<ScenarioCase> OpenAndNotifyAsync(
        string number, string decisionNumber, string? executor = null, long courtFee = 1_500_000, long privateDebt = 50_000_000,
        IReadOnlyDictionary<string, object?>? settings = null)
    {
        var c = await OpenCaseAsync(number, courtFee, privateDebt, settings);
        await ReceiveAsync(c);
        await DraftDecisionAsync(c, decisionNumber);
        await SignDecisionAsync(c);
        if (executor is null)
        {
            await AssignSuggestedExecutorAsync(c);
        }
        else
        {
            await AssignExecutorAsync(c, executor);
        }

        await NotifyDebtorAsync(c);
        return c;
    }

    /// <summary>The intake form: the request is within the agency's competence and time limits.</summary>
    public Task ReceiveAsync(ScenarioCase c) =>
        CompleteAsync(c, "receiveCase", Intake, new()
        {
            ["intakePath"] = "theo-don",
            ["receivedDate"] = Iso(RequestReceivedOn),
            ["judgmentNumber"] = "25/2026/DS-ST",
            ["judgmentDate"] = Iso(JudgmentDate),
            ["judgmentEffectiveDate"] = Iso(JudgmentEffectiveDate),
            ["court"] = "Tòa án nhân dân khu vực 1 – Hà Nội",
            ["requesterName"] = CreditorName,
            ["debtorName"] = DebtorName,
            ["obligationKind"] = "tra-tien-tai-san",
            ["amount"] = c.Total,
            ["accepted"] = true,
        });

    public Task DraftDecisionAsync(ScenarioCase c, string decisionNumber)
    {
        c.DecisionNumber = decisionNumber;
        return CompleteAsync(c, "draftDecision", Intake, new()
        {
            ["decisionNumber"] = decisionNumber,
            ["decisionDate"] = TodayText,
            ["amount"] = c.Total,
            ["decisionContent"] = $"Thi hành án phí {c.CourtFee} đồng và trả nợ {c.PrivateDebt} đồng.",
        });
    }

    /// <summary>The head approves the drafted enforcement decision; the approval issues it and the case opens (Accepted, Art. 36).</summary>
    public Task SignDecisionAsync(ScenarioCase c) => ApproveAsync(c, "approveDecision");

    // ---- Approvals -------------------------------------------------------------------------------------------

    /// <summary>A leader approves what the task submits, with nothing to record beyond the approval itself.</summary>
    public Task ApproveAsync(ScenarioCase c, string elementId, string leader = Head) =>
        CompleteAsync(c, elementId, leader, new() { ["decision"] = "approve", ["comment"] = "Đồng ý." });

    /// <summary>A leader rejects; the law wants the reason written, so the page sends it as the comment.</summary>
    public Task RejectAsync(ScenarioCase c, string elementId, string comment, string leader = Head) =>
        CompleteAsync(c, elementId, leader, new() { ["decision"] = "reject", ["comment"] = comment });

    /// <summary>
    /// The head signs a decision that changes the case's status (no conditions, postponement, suspension,
    /// termination) through the approval task alone: the number, the date and, except for 44a whose ground the
    /// verification gave (Art. 44a cl. 1), the legal ground go on the approval form; the approval changes the status.
    /// </summary>
    public Task SignStatusDecisionAsync(ScenarioCase c, string elementId, EnforcementStatus status, string ground, string decisionNumber) =>
        CompleteAsync(c, elementId, Head, StatusDecisionForm(status, ground, decisionNumber));

    /// <summary>What the approval form sends when the head signs a status decision.</summary>
    public Dictionary<string, object?> StatusDecisionForm(EnforcementStatus status, string ground, string decisionNumber)
    {
        var form = new Dictionary<string, object?>
        {
            ["decision"] = "approve",
            ["comment"] = "Đồng ý.",
            ["statusDecisionNumber"] = decisionNumber,
            ["statusDecisionDate"] = TodayText,
        };
        if (status != EnforcementStatus.NoConditions)
        {
            form["statusGround"] = ground;
        }

        return form;
    }

    // ---- Assignment and notification -------------------------------------------------------------------------

    /// <summary>The head takes the executor the task suggests (the least loaded one).</summary>
    public async Task<string> AssignSuggestedExecutorAsync(ScenarioCase c)
    {
        var task = await host.TaskAsync(c.Number, "assignExecutor");
        var suggested = ScenarioHost.Text(await host.InstanceAsync(task.InstanceId), "suggestedExecutor")
            ?? throw new InvalidOperationException("The assignment task suggests nobody.");
        await AssignExecutorAsync(c, suggested);
        return suggested;
    }

    public async Task AssignExecutorAsync(ScenarioCase c, string executor)
    {
        await CompleteAsync(c, "assignExecutor", Head, new() { ["executor"] = executor, ["assignmentNote"] = "Phân công theo dõi, tổ chức thi hành." });
        c.Executor = executor;
    }

    /// <summary>
    /// The executor hands the decision to the debtor and completes the notification task with the date the debtor was
    /// notified (<paramref name="notifiedOn"/>, default today); the process records the notice, moves the case to the
    /// voluntary period and counts it (Art. 45), storing its last day on the case.
    /// </summary>
    public async Task NotifyDebtorAsync(ScenarioCase c, DateOnly? notifiedOn = null)
    {
        var day = notifiedOn ?? Today;
        await CompleteAsync(c, "notifyParties", c.Executor!, new()
        {
            ["notifiedDate"] = Iso(day),
            ["notificationMethod"] = "truc-tiep",
            ["procuracyNotified"] = true,
        });
    }

    // ---- Verification ----------------------------------------------------------------------------------------

    /// <summary>
    /// The executor's verification record (Art. 44) on the verification form; the process writes it onto the case:
    /// the case leaves the voluntary period, the record is kept, and with conditions the case moves to execution
    /// (Art. 46); without, the 44a decision is the head's.
    /// </summary>
    public async Task VerifyAsync(ScenarioCase c, bool hasConditions, NoConditionsReason reason = NoConditionsReason.NoIncomeOrAssets)
    {
        await CompleteAsync(c, "verifyConditions", c.Executor!, new()
        {
            ["verificationDate"] = TodayText,
            ["verificationRecordNumber"] = $"BB-XM-{c.Id}-{TodayText}",
            ["debtorDeclared"] = true,
            ["assetsAndIncome"] = hasConditions ? "Tài khoản ngân hàng" : "Không có",
            ["hasConditions"] = hasConditions,
            ["noConditionsGround"] = hasConditions ? null : reason.GroundCode(),
            ["reverificationKind"] = hasConditions ? null : reason switch
            {
                NoConditionsReason.ImprisonedNoIncomeOrAssets => "LongPrison",
                NoConditionsReason.AddressUnknown => "UnknownAddress",
                _ => "Default",
            },
        });
    }

    /// <summary>The statistician publishes the debtor without conditions (Art. 44a).</summary>
    public Task PublishAsync(ScenarioCase c) =>
        CompleteAsync(c, "publishNoConditions", Statistician, new()
        {
            ["publishedDate"] = TodayText,
            ["publicationLink"] = $"https://thads.moj.gov.vn/chua-co-dieu-kien/{c.Id}",
            ["sentToCommune"] = true,
        });

    /// <summary>A periodic re-verification (Art. 44 cl. 4); when conditions are found the case goes back to execution.</summary>
    public async Task ReverifyAsync(ScenarioCase c, bool conditionsFound)
    {
        await Cases.RecordVerificationAsync(
            c.Id,
            new VerificationInput(Today, conditionsFound ? VerificationResult.HasConditions : VerificationResult.NoConditions)
            {
                NoConditionsReason = conditionsFound ? null : NoConditionsReason.NoIncomeOrAssets,
            },
            c.Executor!);
        if (conditionsFound)
        {
            await Cases.ChangeStatusAsync(c.Id, EnforcementStatus.Executing, LegalGroundCodes.ConditionsFound, Today, null, c.Executor!);
        }

        await CompleteAsync(c, "reverify", c.Executor!, new()
        {
            ["verificationDate"] = TodayText,
            ["verificationRecordNumber"] = $"BB-XML-{c.Id}-{TodayText}",
            ["findings"] = conditionsFound ? "Người phải thi hành án có thu nhập ổn định." : "Vẫn không có tài sản, thu nhập.",
            ["conditionsFound"] = conditionsFound,
            ["reverificationKind"] = conditionsFound ? null : "Default",
        });
    }

    /// <summary>After the second verification without conditions the creditor is told in writing (Art. 44 cl. 4).</summary>
    public async Task NotifyCreditorAsync(ScenarioCase c)
    {
        await Cases.RecordNoticeAsync(
            c.Id,
            new NoticeInput("Thông báo kết quả xác minh điều kiện thi hành án", CreditorName, Today, NoticeMethod.Post) { DocumentDate = Today, RecipientPartyId = c.CreditorId },
            c.Executor!);
        await CompleteAsync(c, "notifyCreditor", c.Executor!, new()
        {
            ["noticeNumber"] = $"TB-{c.Id}-{TodayText}",
            ["noticeDate"] = TodayText,
            ["noticeMethod"] = "buu-chinh",
        });
    }

    // ---- Execution -------------------------------------------------------------------------------------------

    /// <summary>The executor collects money from the debtor against a receipt.</summary>
    public Task CollectAsync(ScenarioCase c, int obligationId, long amount) =>
        Cases.RecordMoneyAsync(c.Id, new MoneyInput(MoneyKind.Collected, amount, Today) { ObligationId = obligationId, ReceiptNumber = $"BL-{c.Id}-{obligationId}-{amount}" }, c.Executor!);

    /// <summary>Pays the creditor what was collected on the private debt (Art. 47).</summary>
    public Task PayCreditorAsync(ScenarioCase c, long amount) =>
        Cases.RecordMoneyAsync(c.Id, new MoneyInput(MoneyKind.PaidOut, amount, Today) { PartyId = c.CreditorId }, c.Executor!);

    /// <summary>Pays the collected court fee into the state budget (Art. 47).</summary>
    public Task PayCourtFeeIntoBudgetAsync(ScenarioCase c, long amount) =>
        Cases.RecordMoneyAsync(c.Id, new MoneyInput(MoneyKind.PaidOut, amount, Today) { ObligationId = c.CourtFeeId }, c.Executor!);

    /// <summary>Everything owed is collected and paid out, the case is completed (Art. 52 cl. 1) and the execution task closed.</summary>
    public async Task CollectEverythingAndCompleteAsync(ScenarioCase c)
    {
        var current = await host.CaseAsync(c.Id);
        var courtFee = current.Obligations.Single(o => o.Id == c.CourtFeeId).Remaining;
        var debt = current.Obligations.Single(o => o.Id == c.PrivateDebtId).Remaining;
        await CollectAsync(c, c.CourtFeeId, courtFee);
        await CollectAsync(c, c.PrivateDebtId, debt);
        await PayCourtFeeIntoBudgetAsync(c, courtFee);
        await PayCreditorAsync(c, debt);
        await Cases.ChangeStatusAsync(c.Id, EnforcementStatus.Completed, LegalGroundCodes.Performed, Today, null, c.Executor!);
        await CompleteAsync(c, "executeJudgment", c.Executor!, new()
        {
            ["outcome"] = "completed",
            ["amountCollected"] = courtFee + debt,
            ["amountPaidOut"] = courtFee + debt,
            ["executionNote"] = "Đã thu đủ và chi trả.",
        });
    }

    /// <summary>The executor proposes another outcome (terminated, postponed, suspended, delegate) for the head to decide.</summary>
    public Task ProposeAsync(ScenarioCase c, string outcome, string? legalGround = null) =>
        CompleteAsync(c, "executeJudgment", c.Executor!, new()
        {
            ["outcome"] = outcome,
            ["legalGround"] = legalGround,
            ["groundArisenDate"] = legalGround is null ? null : TodayText,
            ["executionNote"] = $"Đề xuất: {outcome}.",
        });

    /// <summary>The ground of a postponement or suspension ended: the continuation decision, then execution again.</summary>
    public async Task ResumeAsync(ScenarioCase c, string ground, string resumeGround, string continuationNumber)
    {
        await Cases.ChangeStatusAsync(c.Id, EnforcementStatus.Executing, ground, Today, continuationNumber, c.Executor!);
        await CompleteAsync(c, "awaitResumption", c.Executor!, new()
        {
            ["resumeGround"] = resumeGround,
            ["groundEndedDate"] = TodayText,
            ["continuationDecisionNumber"] = continuationNumber,
            ["continuationDate"] = TodayText,
        });
    }

    // ---- Delegation ------------------------------------------------------------------------------------------

    /// <summary>The executor prepares the delegation dossier; the receiving agency is what the form names.</summary>
    public Task PrepareDelegationAsync(ScenarioCase c, string targetUnitCode, string reason) =>
        CompleteAsync(c, "prepareDelegation", c.Executor!, new()
        {
            ["targetUnitCode"] = targetUnitCode,
            ["delegationReason"] = reason,
            ["delegationScope"] = "toan-bo",
            ["delegationNote"] = "Người phải thi hành án có tài sản tại địa bàn cơ quan nhận ủy thác.",
        });

    /// <summary>The receiving agency's leader accepts the delegation on the task the Delegation activity opened there.</summary>
    public Task AcceptDelegationAsync(ScenarioCase c, string receivingLeader) =>
        CompleteAsync(c, "delegateToAgency", receivingLeader, new() { ["note"] = "Đã nhận hồ sơ ủy thác." });

    // ---- Plumbing --------------------------------------------------------------------------------------------

    public async Task<InstanceSnapshot> CompleteAsync(ScenarioCase c, string elementId, string actor, Dictionary<string, object?> values) =>
        await host.CompleteAsync(await host.TaskAsync(c.Number, elementId), actor, values);
}
