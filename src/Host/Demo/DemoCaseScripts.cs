using Thads.Enforcement.Demo;
using Thads.Enforcement.Legal;
using Thads.Enforcement.Legal.Status;

namespace Thads.Host.Demo;

/// <summary>
/// Turns a demo case's target state into the dated steps that bring it there: dates are counted back from the last
/// working day before today (the spec's lag), so the history is always in the past, and forward with the legal periods
/// and the engine's own timers (the voluntary period's timer opens the verification task, re-verification tasks open
/// 15 days ahead), which fire as the demo clock passes them.
/// </summary>
public sealed class DemoCaseScripts
{
    private readonly DemoWorld _world;
    private readonly DemoCaseDriver _driver;
    private readonly DemoCarriedOverCases _carriedOver;
    private readonly DateOnly _today;

    public DemoCaseScripts(DemoWorld world, DemoCaseDriver driver, DateTimeOffset now)
    {
        _world = world;
        _driver = driver;
        _carriedOver = new DemoCarriedOverCases(world);
        _today = DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(7)).DateTime);
        // Yesterday at the latest: every step of the history then lies before now, whatever the hour.
        LastDay = world.WorkingDayOnOrBefore(_today.AddDays(-1));
    }

    /// <summary>The last working day steps may fall on.</summary>
    public DateOnly LastDay { get; }

    public IReadOnlyList<DemoStep> For(DemoCaseRun run)
    {
        var steps = new List<DemoStep>();
        var spec = run.Spec;
        var lag = spec.Lag;
        var wobble = spec.Sequence % 5;
        switch (spec.State)
        {
            case DemoCaseState.Intake:
                Arrive(steps, run, WorkingDaysAgo(lag), depth: 1);
                break;
            case DemoCaseState.DecisionDraft:
                Arrive(steps, run, WorkingDaysAgo(lag), depth: 2);
                break;
            case DemoCaseState.DecisionApproval:
                Arrive(steps, run, WorkingDaysAgo(lag), depth: 3);
                break;
            case DemoCaseState.Assignment:
            {
                var signed = WorkingDaysAgo(lag);
                Arrive(steps, run, _world.WorkingDaysBefore(signed, 1 + spec.Sequence % 2), depth: 3);
                Add(steps, run, signed, 14, "ký quyết định thi hành án", ct => _driver.SignDecisionAsync(run, ct));
                break;
            }

            case DemoCaseState.Notification:
            {
                var signed = WorkingDaysAgo(lag);
                Arrive(steps, run, _world.WorkingDaysBefore(signed, 1), depth: 3);
                Decide(steps, run, signed);
                break;
            }

            case DemoCaseState.VoluntaryPeriod or DemoCaseState.VoluntaryPeriodEnding:
                // On or after the day: the period (ten days from the notification) must not have ended yet.
                Notified(steps, run, Min(_world.WorkingDayOnOrAfter(_today.AddDays(-lag)), LastDay));
                break;
            case DemoCaseState.Verifying:
                Notified(steps, run, NotLateYet(DaysAgo(lag)));
                break;
            case DemoCaseState.VerificationLate:
                Notified(steps, run, DaysAgo(lag));
                break;
            case DemoCaseState.Executing:
                Verified(steps, run, DaysAgo(lag), hasConditions: true);
                break;
            case DemoCaseState.ExecutingWithMoney:
            {
                var verified = DaysAgo(lag);
                Verified(steps, run, verified, hasConditions: true);
                Add(steps, run, _world.WorkingDaysAfter(verified, 3 + wobble), 10, "thu tiền", ct => _driver.CollectPartAsync(run, payOut: spec.Sequence % 2 == 0, ct));
                break;
            }

            case DemoCaseState.NoConditionsDecision:
                Verified(steps, run, WorkingDaysAgo(lag), hasConditions: false);
                break;
            case DemoCaseState.NoConditionsPublication:
            {
                var decided = WorkingDaysAgo(lag);
                Verified(steps, run, _world.WorkingDaysBefore(decided, 2), hasConditions: false);
                Add(steps, run, decided, 14, "ký quyết định chưa có điều kiện", ct => _driver.SignNoConditionsAsync(run, ct));
                break;
            }

            case DemoCaseState.NoConditions or DemoCaseState.ReverificationDue or DemoCaseState.ReverificationLate:
            {
                var verified = DaysAgo(lag);
                Verified(steps, run, verified, hasConditions: false);
                var decided = _world.WorkingDaysAfter(verified, 2);
                Add(steps, run, decided, 14, "ký quyết định chưa có điều kiện", ct => _driver.SignNoConditionsAsync(run, ct));
                Add(steps, run, _world.WorkingDaysAfter(decided, 1), 9, "công khai thông tin", ct => _driver.PublishAsync(run, ct));
                break;
            }

            case DemoCaseState.Postponed or DemoCaseState.Suspended or DemoCaseState.Terminated:
            {
                var decided = DaysAgo(lag);
                var proposed = _world.WorkingDaysBefore(decided, 1 + spec.Sequence % 2);
                Verified(steps, run, _world.WorkingDayOnOrBefore(proposed.AddDays(-(3 + spec.Sequence % 20))), hasConditions: true);
                var (outcome, element, status) = spec.State switch
                {
                    DemoCaseState.Postponed => ("postponed", "approvePostponement", EnforcementStatus.Postponed),
                    DemoCaseState.Suspended => ("suspended", "approveSuspension", EnforcementStatus.Suspended),
                    _ => ("terminated", "approveTermination", EnforcementStatus.Terminated),
                };
                Add(steps, run, proposed, 10, "đề xuất " + outcome, ct => _driver.ProposeAsync(run, outcome, spec.StatusGround, ct));
                Add(steps, run, decided, 14, "ký quyết định " + outcome, ct => _driver.SignStatusDecisionAsync(run, element, status, spec.StatusGround!, ct));
                break;
            }

            case DemoCaseState.Completed:
            {
                var completed = DaysAgo(lag);
                Verified(steps, run, _world.WorkingDayOnOrBefore(completed.AddDays(-(4 + spec.Sequence % 10))), hasConditions: true);
                Add(steps, run, completed, 10, "thu đủ, chi trả, kết thúc", ct => _driver.CollectEverythingAndCompleteAsync(run, ct));
                break;
            }

            case DemoCaseState.DelegatedToMilitary:
            {
                var delegated = DaysAgo(lag);
                Delegate(steps, run, delegated);
                Add(steps, run, _world.WorkingDaysAfter(delegated, 1 + spec.Sequence % 2), 9, "cơ quan nhận tiếp nhận ủy thác",
                    ct => _driver.AcceptDelegationAsync(run, DemoOrganisation.MilitaryHead, ct));
                break;
            }

            case DemoCaseState.DelegatedOutPending or DemoCaseState.DelegatedInPending:
                Delegate(steps, run, WorkingDaysAgo(lag));
                break;
            case DemoCaseState.DelegatedInAccepted:
            {
                var accepted = DaysAgo(lag);
                Delegate(steps, run, _world.WorkingDaysBefore(accepted, 1 + spec.Sequence % 2));
                Add(steps, run, accepted, 9, "tiếp nhận ủy thác", ct => _driver.AcceptDelegationAsync(run, DemoOrganisation.Head, ct));
                ReceivedDelegation(steps, run, accepted);
                break;
            }

            case DemoCaseState.HandoverPending:
            {
                var verified = _world.WorkingDayOnOrBefore(WorkingDaysAgo(lag).AddDays(-(20 + 3 * wobble)));
                Verified(steps, run, verified, hasConditions: true);
                Add(steps, run, _world.WorkingDaysAfter(verified, 3), 10, "thu tiền (chưa chi)", ct => _driver.CollectPartAsync(run, payOut: false, ct));
                break;
            }

            case DemoCaseState.ExemptionEligible or DemoCaseState.CarriedOverNoConditions:
                Add(steps, run, WorkingDaysAgo(2 + spec.Sequence % 3), 8, "chuyển hồ sơ từ hệ thống cũ", ct => _carriedOver.ImportAsync(run, _today, ct));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(run), spec.State, "No demo script for this state.");
        }

        return steps;
    }

    /// <summary>The handover of a leaving executor's cases (§2.13), prepared <paramref name="lag"/> working days ago: the leader's approval waits.</summary>
    public DemoStep Handover(IReadOnlyList<DemoCaseRun> runs, int lag, DemoHandover handover) =>
        new(At(WorkingDaysAgo(lag), 11, 0), handover.BusinessKey, "bàn giao", ct => handover.PrepareAsync(runs, ct));

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>
    /// <paramref name="notified"/>, or a later notification day when days off (a long Tết break) made its verification
    /// deadline (Art. 44: ten days after the voluntary period) pass already.
    /// </summary>
    private DateOnly NotLateYet(DateOnly notified)
    {
        var verificationDue = _world.Rules.Due(LegalRuleNames.Verification, _world.Rules.Due(LegalRuleNames.Voluntary, notified).DueDate).DueDate;
        return verificationDue >= _today ? notified : _world.WorkingDayOnOrBefore(_today.AddDays(-12));
    }

    private DateOnly WorkingDaysAgo(int workingDays) => _world.WorkingDaysBefore(LastDay, workingDays);

    /// <summary>The last working day at least <paramref name="days"/> days ago, not after <see cref="LastDay"/>.</summary>
    private DateOnly DaysAgo(int days)
    {
        var day = _world.WorkingDayOnOrBefore(_today.AddDays(-days));
        return day > LastDay ? LastDay : day;
    }

    /// <summary>The request arrives: registered and the process started (1), received (2), the decision drafted (3).</summary>
    private void Arrive(List<DemoStep> steps, DemoCaseRun run, DateOnly day, int depth)
    {
        Add(steps, run, day, 8, "tiếp nhận, mở hồ sơ", ct => _driver.OpenAsync(run, ct));
        if (depth >= 2)
        {
            Add(steps, run, day, 9, "thụ lý", ct => _driver.ReceiveAsync(run, ct));
        }

        if (depth >= 3)
        {
            Add(steps, run, day, 10, "dự thảo quyết định", ct => _driver.DraftDecisionAsync(run, ct));
        }
    }

    /// <summary>The leader signs the decision and assigns the executor.</summary>
    private void Decide(List<DemoStep> steps, DemoCaseRun run, DateOnly day)
    {
        Add(steps, run, day, 14, "ký quyết định thi hành án", ct => _driver.SignDecisionAsync(run, ct));
        Add(steps, run, day, 15, "phân công chấp hành viên", ct => _driver.AssignAsync(run, ct));
    }

    /// <summary>Arrival, decision and assignment on the working days before, the debtor notified on <paramref name="notified"/>.</summary>
    private void Notified(List<DemoStep> steps, DemoCaseRun run, DateOnly notified)
    {
        var signed = _world.WorkingDaysBefore(notified, 1);
        Arrive(steps, run, _world.WorkingDaysBefore(signed, 1 + run.Spec.Sequence % 2), depth: 3);
        Decide(steps, run, signed);
        Add(steps, run, notified, 9, "thông báo quyết định", ct => _driver.NotifyAsync(run, ct));
    }

    /// <summary>Notified 12–16 days before <paramref name="verified"/> (the voluntary period's timer has opened the task), verified then.</summary>
    private void Verified(List<DemoStep> steps, DemoCaseRun run, DateOnly verified, bool hasConditions)
    {
        Notified(steps, run, _world.WorkingDayOnOrBefore(verified.AddDays(-(12 + run.Spec.Sequence % 5))));
        Add(steps, run, verified, 11, hasConditions ? "xác minh: có điều kiện" : "xác minh: chưa có điều kiện", ct => _driver.VerifyAsync(run, hasConditions, ct));
    }

    /// <summary>Verified with conditions, then the executor proposes a delegation the day before the leader signs it on <paramref name="delegated"/>.</summary>
    private void Delegate(List<DemoStep> steps, DemoCaseRun run, DateOnly delegated)
    {
        var proposed = _world.WorkingDaysBefore(delegated, 1);
        Verified(steps, run, _world.WorkingDayOnOrBefore(proposed.AddDays(-(3 + run.Spec.Sequence % 7))), hasConditions: true);
        Add(steps, run, proposed, 10, "đề xuất ủy thác", ct => _driver.ProposeAsync(run, "delegate", null, ct));
        Add(steps, run, proposed, 11, "lập hồ sơ ủy thác", ct => _driver.PrepareDelegationAsync(run, run.Spec.DelegationTarget!, ct));
        Add(steps, run, delegated, 14, "ký quyết định ủy thác", ct => _driver.ApproveDelegationAsync(run, ct));
    }

    /// <summary>The receiving agency runs its own process for the case it accepted: intake, its decision, assignment, notification.</summary>
    private void ReceivedDelegation(List<DemoStep> steps, DemoCaseRun sender, DateOnly accepted)
    {
        var executors = DemoCasePlanner.ExecutorsOf(DemoOrganisation.Province);
        var received = new DemoCaseRun(sender.Spec) { UnitCode = DemoOrganisation.Province, Executor = executors[sender.Spec.Sequence % executors.Count] };
        Add(steps, sender, accepted, 10, "mở quy trình tại cơ quan nhận", async ct =>
        {
            received.Capture(await _world.Cases.GetAsync(sender.ReceivingCaseId!.Value, ct) ?? throw new InvalidOperationException("No receiving case."));
            await _driver.StartMainProcessAsync(received, ct);
            await _driver.ReceiveAsync(received, ct);
            await _driver.DraftDecisionAsync(received, ct);
        });
        var signed = _world.WorkingDaysAfter(accepted, 1);
        Add(steps, sender, signed, 14, "ký quyết định tại cơ quan nhận", ct => _driver.SignDecisionAsync(received, ct));
        Add(steps, sender, signed, 15, "phân công tại cơ quan nhận", ct => _driver.AssignAsync(received, ct));
        Add(steps, sender, _world.WorkingDaysAfter(accepted, 2), 9, "thông báo tại cơ quan nhận", ct => _driver.NotifyAsync(received, ct));
    }

    private static void Add(List<DemoStep> steps, DemoCaseRun run, DateOnly day, int hour, string what, Func<CancellationToken, Task> action) =>
        steps.Add(new DemoStep(At(day, hour, run.Spec.Sequence * 7 % 45), run.Spec.CaseNumber, what, action));

    private static DateTimeOffset At(DateOnly day, int hour, int minute) =>
        new(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(7));
}
