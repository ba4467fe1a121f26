using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Thads.Workflows.Activities;

namespace Thads.Workflows.Tests.Definitions;

/// <summary>
/// Test doubles of the THADS activities with the agreed contracts (type names, inputs, outputs, tasks they open),
/// so the standard processes can run here without the domain. What the real activities compute from the case
/// is steered by business key or by process variables named <c>test…</c>.
/// </summary>
internal static class ContractActivities
{
    /// <summary>Every alert the NotifyLeader double raised: business key, rule and unit.</summary>
    public static readonly ConcurrentQueue<(string? BusinessKey, string Rule, string UnitCode)> Alerts = new();

    /// <summary>Business keys whose obligation the ExemptionEligibility double finds eligible (as the real one would from the case).</summary>
    public static readonly ConcurrentDictionary<string, bool> EligibleForExemption = new();

    /// <summary>The executor the Assignment double suggests when the leader leaves the form as it is.</summary>
    public const string SuggestedExecutor = "chv.an";

    public static ActivityRegistry CreateRegistry()
    {
        var registry = new ActivityRegistry();
        registry.Register(typeof(ApprovalDouble));
        registry.Register(typeof(AssignmentDouble));
        registry.Register(typeof(VerificationWarningDouble));
        registry.Register(typeof(VoluntaryPeriodDouble));
        registry.Register(typeof(ExemptionEligibilityDouble));
        registry.Register(typeof(DelegationDouble));
        registry.Register(typeof(HandoverDouble));
        registry.Register(typeof(NotifyLeaderDouble));
        return registry;
    }

    public static IReadOnlyList<string> AlertsFor(string businessKey) =>
        Alerts.Where(a => a.BusinessKey == businessKey).Select(a => a.Rule).ToList();

    private static HumanTaskRequest LeaderTask(string name, string? unitCode, string formKey) =>
        new() { Name = name, CandidateRole = "leader", CandidateUnit = unitCode, FormKey = formKey, DueDate = "P5D" };

    private static string? Text(IReadOnlyDictionary<string, JsonNode?> data, string key) =>
        data.GetValueOrDefault(key) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    [WorkflowActivity("Approval", Category = "Tests")]
    private sealed class ApprovalDouble : IResumableActivity
    {
        [ActivityInput(Required = true)]
        public string Subject { get; set; } = "";

        [ActivityInput(Required = true, Choices = ["Decision", "Postponement", "Suspension", "Termination", "NoConditions", "Exemption", "Delegation", "Handover", "Other"])]
        public string Kind { get; set; } = "";

        [ActivityInput]
        public JsonNode? CaseId { get; set; }

        [ActivityInput]
        public string? UnitCode { get; set; }

        [ActivityOutput]
        public bool Approved { get; set; }

        [ActivityOutput]
        public string? ApprovalComment { get; set; }

        [ActivityOutput]
        public string? ApprovedBy { get; set; }

        public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(ActivityResult.WaitForTask(LeaderTask(Subject, UnitCode, "approval")));

        public ValueTask<ActivityResult> ResumeAsync(ActivityContext context, IReadOnlyDictionary<string, JsonNode?> taskData, CancellationToken cancellationToken = default)
        {
            Approved = Text(taskData, "decision") != "reject";
            ApprovalComment = Text(taskData, "comment");
            ApprovedBy = context.Actor;
            return ValueTask.FromResult(ActivityResult.Completed);
        }
    }

    [WorkflowActivity("Assignment", Category = "Tests")]
    private sealed class AssignmentDouble : IResumableActivity
    {
        [ActivityInput]
        public JsonNode? CaseId { get; set; }

        [ActivityInput]
        public string? UnitCode { get; set; }

        [ActivityOutput]
        public string? Executor { get; set; }

        [ActivityOutput]
        public string? ExecutorName { get; set; }

        public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(ActivityResult.WaitForTask(LeaderTask("Phân công Chấp hành viên", UnitCode, "assignment") with
            {
                Prefill = new Dictionary<string, JsonNode?> { ["suggestedExecutor"] = SuggestedExecutor },
            }));

        public ValueTask<ActivityResult> ResumeAsync(ActivityContext context, IReadOnlyDictionary<string, JsonNode?> taskData, CancellationToken cancellationToken = default)
        {
            Executor = Text(taskData, "executor") ?? SuggestedExecutor;
            ExecutorName = "Chấp hành viên " + Executor;
            return ValueTask.FromResult(ActivityResult.Completed);
        }
    }

    /// <summary>Art. 45: the period's last day is 10 calendar days after the notification date; it is over at 00:00 the next day.</summary>
    [WorkflowActivity("VoluntaryPeriod", Category = "Tests")]
    private sealed class VoluntaryPeriodDouble : IWorkflowActivity
    {
        [ActivityInput]
        public JsonNode? CaseId { get; set; }

        [ActivityInput(Required = true)]
        public string NotifiedDate { get; set; } = "";

        [ActivityOutput]
        public string? VoluntaryPeriodEnds { get; set; }

        [ActivityOutput]
        public string? VoluntaryPeriodOver { get; set; }

        public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default)
        {
            var last = DateOnly.ParseExact(NotifiedDate, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(10);
            VoluntaryPeriodEnds = last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            VoluntaryPeriodOver = new DateTimeOffset(last.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7)).ToString("O", CultureInfo.InvariantCulture);
            return ValueTask.FromResult(ActivityResult.Completed);
        }
    }

    /// <summary>First verification: 10 days; re-verification: 6 months, or a year for LongPrison and UnknownAddress.</summary>
    [WorkflowActivity("VerificationWarning", Category = "Tests")]
    private sealed class VerificationWarningDouble : IWorkflowActivity
    {
        [ActivityInput]
        public JsonNode? CaseId { get; set; }

        [ActivityInput(Required = true, Choices = ["FirstVerification", "ReVerification"])]
        public string Mode { get; set; } = "";

        [ActivityInput(Choices = ["Default", "LongPrison", "UnknownAddress"])]
        public string? ReverificationKind { get; set; }

        [ActivityInput]
        public string? FromDate { get; set; }

        [ActivityOutput]
        public DateTimeOffset VerificationDue { get; set; }

        [ActivityOutput]
        public bool Overdue { get; set; }

        public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default)
        {
            var from = FromDate is null
                ? context.Now
                : new DateTimeOffset(DateOnly.ParseExact(FromDate, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(8, 0)), TimeSpan.FromHours(7));
            VerificationDue = Mode == "FirstVerification" ? from.AddDays(10)
                : ReverificationKind is "LongPrison" or "UnknownAddress" ? from.AddYears(1)
                : from.AddMonths(6);
            Overdue = VerificationDue < context.Now;
            return ValueTask.FromResult(ActivityResult.Completed);
        }
    }

    [WorkflowActivity("ExemptionEligibility", Category = "Tests")]
    private sealed class ExemptionEligibilityDouble : IWorkflowActivity
    {
        [ActivityInput]
        public JsonNode? CaseId { get; set; }

        [ActivityInput]
        public string? UnitCode { get; set; }

        [ActivityOutput]
        public bool Eligible { get; set; }

        [ActivityOutput]
        public string? EligibleFrom { get; set; }

        [ActivityOutput]
        public string? Reason { get; set; }

        public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default)
        {
            Eligible = context.BusinessKey is { } key && EligibleForExemption.GetValueOrDefault(key);
            EligibleFrom = Eligible ? "2021-01-06" : null;
            Reason = Eligible ? "EXEMPT_61_1" : "chưa đủ thời gian";
            return ValueTask.FromResult(ActivityResult.Completed);
        }
    }

    [WorkflowActivity("Delegation", Category = "Tests")]
    private sealed class DelegationDouble : IResumableActivity
    {
        [ActivityInput]
        public JsonNode? CaseId { get; set; }

        [ActivityInput(Required = true)]
        public string TargetUnitCode { get; set; } = "";

        [ActivityInput]
        public string? Reason { get; set; }

        [ActivityOutput]
        public long ReceivingCaseId { get; set; }

        [ActivityOutput]
        public DateOnly DelegatedOn { get; set; }

        public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(ActivityResult.WaitForTask(LeaderTask("Nhận ủy thác thi hành án", TargetUnitCode, "approval")));

        public ValueTask<ActivityResult> ResumeAsync(ActivityContext context, IReadOnlyDictionary<string, JsonNode?> taskData, CancellationToken cancellationToken = default)
        {
            ReceivingCaseId = 9001;
            DelegatedOn = DateOnly.FromDateTime(context.Now.DateTime);
            return ValueTask.FromResult(ActivityResult.Completed);
        }
    }

    /// <summary>Approved by a leader; the money must equal <c>testLedgerAmount</c> when that variable is set.</summary>
    [WorkflowActivity("Handover", Category = "Tests")]
    private sealed class HandoverDouble : IResumableActivity
    {
        [ActivityInput(Required = true)]
        public string FromExecutor { get; set; } = "";

        [ActivityInput(Required = true)]
        public string ToExecutor { get; set; } = "";

        [ActivityInput]
        public string? UnitCode { get; set; }

        [ActivityInput]
        public decimal MoneyAmount { get; set; }

        [ActivityOutput]
        public int HandedOverCases { get; set; }

        [ActivityOutput]
        public decimal HandedOverMoney { get; set; }

        public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(ActivityResult.WaitForTask(LeaderTask($"Bàn giao từ {FromExecutor} cho {ToExecutor}", UnitCode, "approval")));

        public ValueTask<ActivityResult> ResumeAsync(ActivityContext context, IReadOnlyDictionary<string, JsonNode?> taskData, CancellationToken cancellationToken = default)
        {
            if (context.GetVariable("testLedgerAmount") is JsonValue ledger && ledger.GetValue<decimal>() != MoneyAmount)
            {
                return ValueTask.FromResult(ActivityResult.Error("HANDOVER_BALANCE_MISMATCH", $"{MoneyAmount} ≠ {ledger}"));
            }

            HandedOverCases = 3;
            HandedOverMoney = MoneyAmount;
            return ValueTask.FromResult(ActivityResult.Completed);
        }
    }

    [WorkflowActivity("NotifyLeader", Category = "Tests")]
    private sealed class NotifyLeaderDouble : IWorkflowActivity
    {
        [ActivityInput(Required = true)]
        public string Rule { get; set; } = "";

        [ActivityInput(Required = true)]
        public string Title { get; set; } = "";

        [ActivityInput]
        public string? Message { get; set; }

        [ActivityInput(Required = true)]
        public string UnitCode { get; set; } = "";

        [ActivityInput]
        public string? CaseKey { get; set; }

        [ActivityOutput]
        public bool AlertRaised { get; set; }

        public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default)
        {
            Alerts.Enqueue((CaseKey ?? context.BusinessKey, Rule, UnitCode));
            AlertRaised = true;
            return ValueTask.FromResult(ActivityResult.Completed);
        }
    }
}
