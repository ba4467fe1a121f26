using Thads.Workflows.Runtime;

namespace Thads.Host.Tests.Scenarios;

/// <summary>
/// Art. 45: the voluntary period runs from the day the debtor was notified, which the executor enters on the
/// notification task — often days after the fact; the process counts from that date, not from the task's completion.
/// </summary>
public sealed class VoluntaryPeriodScenarioTests : IAsyncLifetime
{
    private ScenarioHost _host = null!;
    private CasePages _pages = null!;

    public async Task InitializeAsync()
    {
        _host = await ScenarioHost.StartAsync();
        _pages = new CasePages(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_notification_recorded_three_days_late_still_opens_verification_ten_days_after_the_debtor_was_notified()
    {
        var c = await _pages.OpenCaseAsync("HS-2026-045");
        await _pages.ReceiveAsync(c);
        await _pages.DraftDecisionAsync(c, "45/QĐ-THADS");
        await _pages.SignDecisionAsync(c);
        await _pages.AssignSuggestedExecutorAsync(c);
        var notifiedOn = _host.Clock.Today.AddDays(1);

        // The debtor signed for the decision on 03/03; the executor records it on 06/03.
        await _host.AdvanceAsync(TimeSpan.FromDays(4));
        await _pages.NotifyDebtorAsync(c, notifiedOn);

        Assert.Equal(new DateOnly(2026, 3, 13), (await _host.CaseAsync(c.Id)).VoluntaryPeriodEndsOn);
        await _host.AdvanceToAsync(new DateTimeOffset(2026, 3, 13, 23, 0, 0, TimeSpan.FromHours(7)));
        Assert.Empty(await _host.OpenTasksAsync(c.Number));

        await _host.AdvanceToAsync(new DateTimeOffset(2026, 3, 14, 0, 0, 0, TimeSpan.FromHours(7)));
        var verification = await _host.TaskAsync(c.Number, "verifyConditions");
        Assert.Equal(new DateTimeOffset(2026, 3, 14, 0, 0, 0, TimeSpan.FromHours(7)), verification.CreatedAt);
    }

    [Fact]
    public async Task A_notification_date_before_the_decision_stops_the_process_with_an_incident_naming_the_date()
    {
        var c = await _pages.OpenCaseAsync("HS-2026-046");
        await _pages.ReceiveAsync(c);
        await _pages.DraftDecisionAsync(c, "46/QĐ-THADS");
        await _pages.SignDecisionAsync(c);
        await _pages.AssignSuggestedExecutorAsync(c);

        // A slip of the keyboard on the task itself (the case pages refuse such a date before it gets here).
        var notify = await _host.TaskAsync(c.Number, "notifyParties");
        await _host.CompleteAsync(notify, c.Executor!, new Dictionary<string, object?>
        {
            ["notifiedDate"] = CasePages.Iso(_host.Clock.Today.AddDays(-30)),
            ["notificationMethod"] = "truc-tiep",
        });

        var incident = Assert.Single(await _host.Engine.QueryIncidentsAsync(c.InstanceId));
        Assert.Equal("computeVoluntaryPeriod", incident.ElementId);
        Assert.Contains("ngày ra quyết định thi hành án", incident.Message);
        Assert.Null((await _host.CaseAsync(c.Id)).VoluntaryPeriodEndsOn);
        Assert.Equal(InstanceStatus.Running, (await _host.InstanceAsync(c.InstanceId)).Status);
    }
}
