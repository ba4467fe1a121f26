using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Cases.Audit;
using Thads.Enforcement.Demo;
using Thads.Workflows.Runtime;

namespace Thads.Host.Tests.Cases;

/// <summary>When the process cannot start, the registration is withdrawn: no case is left without its process.</summary>
public sealed class IntakeFailureTests(MissingProcessHost host) : IClassFixture<MissingProcessHost>
{
    [Fact]
    public async Task Page_reports_the_failure_and_leaves_no_case_behind()
    {
        var response = await (await host.AsAsync(DemoOrganisation.Intake)).SubmitAsync("/Cases/New", IntakeForm.Valid("IN-FAIL-001"));
        await CasesHost.ExpectAsync(HttpStatusCode.InternalServerError, response);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Không bắt đầu được quy trình thi hành án (thads-not-deployed), nên hồ sơ chưa được vào sổ.", page);
        Assert.Contains("value=\"Trần Văn Nợ\"", page);

        Assert.False(await host.QueryAsync(db => db.Cases.AnyAsync(c => c.CaseNumber == "IN-FAIL-001")));
        Assert.False(await host.QueryAsync(db => db.Parties.AnyAsync(p => p.FullName == "Trần Văn Nợ")));
        Assert.Empty(await host.Engine.QueryInstancesAsync(new InstanceQuery { BusinessKey = "IN-FAIL-001" }));

        // The audit keeps both the registration and its withdrawal, by the same person.
        var trail = await host.QueryAsync(db => db.Audit.Where(a => a.Entity == nameof(EnforcementCase)).ToListAsync());
        Assert.Contains(trail, a => a.Action == AuditAction.Added && a.After!.Contains("IN-FAIL-001") && a.Actor == DemoOrganisation.Intake);
        Assert.Contains(trail, a => a.Action == AuditAction.Deleted && a.Before!.Contains("IN-FAIL-001") && a.Actor == DemoOrganisation.Intake);

        // The number is free again: a later intake may use it (here it fails the same way, but past the number check).
        var again = await (await host.AsAsync(DemoOrganisation.Intake)).SubmitAsync("/Cases/New", IntakeForm.Valid("IN-FAIL-001"));
        await CasesHost.ExpectAsync(HttpStatusCode.InternalServerError, again);
    }

    [Fact]
    public async Task Api_answers_500_and_saves_nothing()
    {
        var client = (await host.AsAsync(DemoOrganisation.Intake)).Client;
        var response = await client.PostAsJsonAsync("/api/cases", IntakeJsonBodies.Valid("IN-FAIL-API"));
        await CasesHost.ExpectAsync(HttpStatusCode.InternalServerError, response);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(await host.QueryAsync(db => db.Cases.AnyAsync(c => c.CaseNumber == "IN-FAIL-API")));
    }
}
