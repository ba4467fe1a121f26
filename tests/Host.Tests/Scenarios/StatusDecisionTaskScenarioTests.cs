using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Legal.Status;
using Thads.Workflows.Activities;
using Thads.Workflows.Runtime;
using static Thads.Host.Tests.Scenarios.ScenarioOrganisation;

namespace Thads.Host.Tests.Scenarios;

/// <summary>
/// Status decisions signed through the approval task alone, as the task page does it: no helper writes the case.
/// The 44a decision (Art. 44a) reaches the case and the public register; a termination (Art. 50) ends the case.
/// </summary>
public sealed class StatusDecisionTaskScenarioTests : IAsyncLifetime
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
    public async Task The_heads_44a_approval_without_a_number_is_refused_and_with_one_puts_the_debtor_on_the_public_register()
    {
        var c = await _pages.OpenAndNotifyAsync("HS-2026-071", "71/QĐ-THADS");
        await _host.AdvanceAsync(TimeSpan.FromDays(11));
        await _pages.VerifyAsync(c, hasConditions: false, NoConditionsReason.AddressUnknown);
        await _host.AdvanceAsync(TimeSpan.FromDays(3));
        var approval = await _host.TaskAsync(c.Number, "approveNoConditions");

        var refusal = await Assert.ThrowsAsync<TaskInputRefusedException>(() => _host.CompleteAsync(approval, Head,
            new Dictionary<string, object?> { ["decision"] = "approve", ["statusDecisionDate"] = CasePages.Iso(_host.Clock.Today) }));
        Assert.Equal(["statusDecisionNumber"], refusal.FieldErrors.Select(e => e.Key));
        Assert.Equal(approval.Id, (await _host.TaskAsync(c.Number, "approveNoConditions")).Id);
        var untouched = await _host.CaseAsync(c.Id);
        Assert.NotEqual(EnforcementStatus.NoConditions, untouched.Status);
        Assert.DoesNotContain(untouched.Approvals, a => a.Kind == "no-conditions");

        await _host.CompleteAsync(approval, Head,
            _pages.StatusDecisionForm(EnforcementStatus.NoConditions, LegalGroundCodes.AddressUnknown, "72/QĐ-THADS"));

        var decided = await _host.CaseAsync(c.Id);
        Assert.Equal((EnforcementStatus.NoConditions, "72/QĐ-THADS", _host.Clock.Today), (decided.Status, decided.NoConditionsDecisionNumber, decided.NoConditionsDecisionDate));
        var last = decided.StatusChanges[^1];
        // The ground is the verification's (Art. 44a cl. 1 c), not one the approval form chose.
        Assert.Equal((EnforcementStatus.NoConditions, LegalGroundCodes.AddressUnknown, Head), (last.To, last.GroundCode, last.ChangedBy));
        Assert.Single(decided.Approvals, a => a.Kind == "no-conditions" && a.Approved);
        Assert.DoesNotContain(await _host.OpenTasksAsync(c.Number), t => t.ElementId == "approveNoConditions");

        using var client = _host.CreateAnonymousClient();
        var register = (await client.GetFromJsonAsync<JsonArray>("/api/public/debtors-without-conditions"))!;
        Assert.Contains("72/QĐ-THADS", register.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public async Task A_termination_on_a_ground_of_another_article_is_refused_and_on_its_article_50_ground_terminates_the_case()
    {
        var c = await _pages.OpenAndNotifyAsync("HS-2026-073", "73/QĐ-THADS");
        await _host.AdvanceAsync(TimeSpan.FromDays(11));
        await _pages.VerifyAsync(c, hasConditions: true);
        await _host.AdvanceAsync(TimeSpan.FromDays(3));
        await _pages.ProposeAsync(c, "terminated", LegalGroundCodes.TerminateAgreementOrWaiver);
        var approval = await _host.TaskAsync(c.Number, "approveTermination");

        // A postponement ground cannot carry a termination (Art. 50 lists its own grounds): the task stays open.
        var refusal = await Assert.ThrowsAsync<TaskInputRefusedException>(() => _host.CompleteAsync(approval, Head,
            _pages.StatusDecisionForm(EnforcementStatus.Terminated, LegalGroundCodes.PostponeIllness, "74/QĐ-THADS")));
        Assert.NotEmpty(refusal.FieldErrors);
        Assert.Equal(EnforcementStatus.Executing, (await _host.CaseAsync(c.Id)).Status);
        Assert.Equal(approval.Id, (await _host.TaskAsync(c.Number, "approveTermination")).Id);

        await _host.CompleteAsync(approval, Head,
            _pages.StatusDecisionForm(EnforcementStatus.Terminated, LegalGroundCodes.TerminateAgreementOrWaiver, "74/QĐ-THADS"));

        Assert.Equal(InstanceStatus.Completed, (await _host.InstanceAsync(c.InstanceId)).Status);
        var terminated = await _host.CaseAsync(c.Id);
        var last = terminated.StatusChanges[^1];
        Assert.Equal(
            (EnforcementStatus.Terminated, EnforcementStatus.Executing, LegalGroundCodes.TerminateAgreementOrWaiver, "74/QĐ-THADS"),
            (terminated.Status!.Value, last.From!.Value, last.GroundCode, last.DecisionNumber));
        Assert.Single(terminated.Approvals, a => a.Kind == "termination" && a.Approved);
    }
}
