using Thads.Workflows.Activities;
using Thads.Workflows.Runtime;
using static Thads.Host.Tests.Scenarios.ScenarioOrganisation;

namespace Thads.Host.Tests.Scenarios;

/// <summary>An approval from someone who may not approve this case is refused and the leader's task stays open.</summary>
public sealed class ApprovalRefusalScenarioTests : IAsyncLifetime
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
    public async Task A_head_of_another_province_cannot_sign_the_decision_and_the_task_waits_for_the_cases_own_head()
    {
        var c = await _pages.OpenCaseAsync("HS-2026-090");
        await _pages.ReceiveAsync(c);
        await _pages.DraftDecisionAsync(c, "90/QĐ-THADS");
        var approval = await _host.TaskAsync(c.Number, "approveDecision");

        var refusal = await Assert.ThrowsAsync<TaskInputRefusedException>(
            () => _host.CompleteAsync(approval, OtherHead, new Dictionary<string, object?> { ["decision"] = "approve" }));

        Assert.NotEmpty(refusal.FieldErrors);
        Assert.Equal(approval.Id, (await _host.TaskAsync(c.Number, "approveDecision")).Id);
        Assert.Empty(await _host.Engine.QueryIncidentsAsync(c.InstanceId));
        var untouched = await _host.CaseAsync(c.Id);
        Assert.Empty(untouched.Approvals);
        // The approval is the signature: no decision from a head who may not sign it.
        Assert.Equal((null, null, null), (untouched.Status, untouched.DecisionNumber, untouched.DecisionSignedBy));
        await _pages.SignDecisionAsync(c);
        var signed = await _host.CaseAsync(c.Id);
        Assert.Equal(("90/QĐ-THADS", Head), (signed.DecisionNumber, Assert.Single(signed.Approvals).DecidedBy));
        Assert.NotNull(signed.Status);
    }
}
