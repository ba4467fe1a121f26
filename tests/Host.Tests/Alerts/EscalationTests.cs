using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Thads.Enforcement.Data;
using Thads.Enforcement.Organisation;
using Thads.Host.Startup;
using Thads.Host.Tests.Support;
using Thads.Workflows.Runtime;

namespace Thads.Host.Tests.Alerts;

/// <summary>
/// The whole escalation path in the running application: a boundary timer on a late verification fires
/// (Quartz, real time), NotifyLeader raises the alert, the outbox mails the unit's leader through a real
/// SMTP server, and a second firing the same day mails nobody.
/// </summary>
public sealed class EscalationTests : IAsyncLifetime
{
    private const string Process = """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                     xmlns:thads="urn:thads:bpmn:1.0" id="d" targetNamespace="urn:t">
          <process id="verification" isExecutable="true">
            <startEvent id="start" />
            <sequenceFlow id="f1" sourceRef="start" targetRef="verify" />
            <userTask id="verify" name="Xác minh điều kiện thi hành án" />
            <boundaryEvent id="late" attachedToRef="verify" cancelActivity="false">
              <timerEventDefinition><timeCycle>R2/PT1S</timeCycle></timerEventDefinition>
            </boundaryEvent>
            <sequenceFlow id="f2" sourceRef="verify" targetRef="done" />
            <endEvent id="done" />
            <sequenceFlow id="f3" sourceRef="late" targetRef="notify" />
            <serviceTask id="notify" thads:activity="NotifyLeader">
              <extensionElements>
                <camunda:inputOutput>
                  <camunda:inputParameter name="rule">W7a-cham-xac-minh</camunda:inputParameter>
                  <camunda:inputParameter name="title">Chậm xác minh điều kiện thi hành án</camunda:inputParameter>
                  <camunda:inputParameter name="message">${'Hồ sơ ' + caseNumber + ' chưa được xác minh đúng hạn.'}</camunda:inputParameter>
                  <camunda:inputParameter name="unitCode">${unitCode}</camunda:inputParameter>
                </camunda:inputOutput>
              </extensionElements>
            </serviceTask>
            <sequenceFlow id="f4" sourceRef="notify" targetRef="notified" />
            <endEvent id="notified" />
          </process>
        </definitions>
        """;

    private readonly SmtpServerFixture _server = new();

    public Task InitializeAsync() => _server.StartAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task A_late_verification_mails_the_units_leader_once_with_a_link_to_the_case()
    {
        var settings = _server.MailSettings().ToDictionary(pair => pair.Key, pair => pair.Value!);
        using var host = new ThadsHostFactory(settings);
        host.CreateClient();
        Assert.Equal(StartupStatus.Ready, await host.WaitForStartupAsync());
        await SeedAsync(host.Services);
        var engine = host.Services.GetRequiredService<WorkflowEngine>();
        var deployment = await engine.DeployAsync(Process, "verification.bpmn");
        Assert.True(deployment.IsValid, string.Join("; ", deployment.Problems));

        var instance = await engine.StartAsync("verification", new StartOptions
        {
            BusinessKey = "HS-2026-001",
            Variables = new Dictionary<string, object?> { ["unitCode"] = "HN-CC1", ["caseNumber"] = "HS-2026-001" },
        });

        var message = Assert.Single(await _server.WaitForMessagesAsync(1, TimeSpan.FromSeconds(30)));
        Assert.Equal(["truong.thads@hanoi.thads.vn"], SmtpServerFixture.EnvelopeRecipients(message));
        Assert.Equal("[THADS] Chậm xác minh điều kiện thi hành án — hồ sơ HS-2026-001", message.Subject);
        Assert.Contains("Hồ sơ HS-2026-001 chưa được xác minh đúng hạn.", message.TextBody);
        Assert.Contains("/cases/HS-2026-001", message.TextBody);
        Assert.Contains("/cases/HS-2026-001", message.HtmlBody);

        // The cycle fires a second time one second later: same case, rule and day, so no second mail.
        var secondFiring = await PollAsync(async () =>
            (await engine.GetJournalAsync(instance.Id)).Count(e => e.Type == WorkflowEventTypes.ActivityCompleted && e.ElementId == "notify") == 2);
        Assert.True(secondFiring, "the reminder cycle did not fire twice");
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Single(_server.Messages());
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<ThadsDbContext>>().CreateDbContextAsync();
        var alert = Assert.Single(await db.Alerts.Include(a => a.Deliveries).ToListAsync());
        Assert.Equal("W7a-cham-xac-minh", alert.Rule);
        Assert.Equal(2, alert.Deliveries.Count);
        Assert.Single(alert.Deliveries, d => d.MailedAt is not null);
    }

    private static async Task SeedAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<ThadsDbContext>>().CreateDbContextAsync();
        var province = new Unit { Code = "HN", Name = "Thi hành án dân sự thành phố Hà Nội", Kind = UnitKind.ProvincialAgency };
        db.Units.Add(province);
        await db.SaveChangesAsync();
        var office = new Unit
        {
            Code = "HN-CC1", Name = "Phòng Thi hành án dân sự khu vực 1", Kind = UnitKind.RegionalOffice, ParentId = province.Id,
            IssuesDecisions = false, HoldsMoney = false,
        };
        db.Units.Add(office);
        await db.SaveChangesAsync();
        db.Staff.AddRange(
            new StaffMember { UserName = "truong", FullName = "Nguyễn Văn Trưởng", Email = "truong.thads@hanoi.thads.vn", UnitId = province.Id, Roles = StaffRoles.Head },
            new StaffMember { UserName = "pho", FullName = "Lê Thị Phó", Email = "pho.thads@hanoi.thads.vn", UnitId = province.Id, Roles = StaffRoles.Deputy, AlertMode = AlertMode.DailyDigest, DigestHour = 23 },
            new StaffMember { UserName = "chv", FullName = "Trần Chấp Hành", Email = "chv@hanoi.thads.vn", UnitId = office.Id, Roles = StaffRoles.Executor });
        await db.SaveChangesAsync();
    }

    private static async Task<bool> PollAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(200);
        }

        return false;
    }
}
