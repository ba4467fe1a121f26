using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Thads.Host.Mail;
using Thads.Host.Mail.Outbox;
using Thads.Host.Startup;
using Thads.Host.Tests.Support;

namespace Thads.Host.Tests.Startup;

/// <summary>What <c>/health</c> tells a monitor once started: database, scheduler, outbox — and nothing secret.</summary>
public sealed class HealthReportTests
{
    private const string SmtpPassword = "Bi-mat-SMTP-2026";

    [Fact]
    public async Task Parked_mail_is_a_warning_and_no_secret_or_path_appears()
    {
        using var host = new ThadsHostFactory(new Dictionary<string, string>
        {
            ["Mail:Smtp:Host"] = "smtp.noi-bo.example",
            ["Mail:Smtp:User"] = "thads-mailer",
            ["Mail:Smtp:Password"] = SmtpPassword,
        });
        var client = host.CreateClient();
        Assert.Equal(StartupStatus.Ready, await host.WaitForStartupAsync());
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<MailDbContext>>().CreateDbContextAsync())
        {
            db.Outbox.Add(new MailOutboxRow { Recipients = "sai@", Subject = "Thử", TextBody = "x", Status = MailStatus.Parked, LastError = "550 no such user" });
            await db.SaveChangesAsync();
        }

        var response = await client.GetAsync("/health");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(text)!;
        Assert.Equal("warning", body["status"]!.GetValue<string>());
        Assert.Equal("attention", body["outbox"]!["status"]!.GetValue<string>());
        Assert.Equal(1, body["outbox"]!["parked"]!.GetValue<int>());
        foreach (var secret in new[] { SmtpPassword, "smtp.noi-bo.example", "thads-mailer", "550", host.TempDirectory, "Data Source" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_stopped_scheduler_or_an_unreachable_database_answers_503_unhealthy()
    {
        using var host = new ThadsHostFactory();
        var client = host.CreateClient();
        Assert.Equal(StartupStatus.Ready, await host.WaitForStartupAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Standby();
        var stopped = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, stopped.StatusCode);
        var body = JsonNode.Parse(await stopped.Content.ReadAsStringAsync())!;
        Assert.Equal("unhealthy", body["status"]!.GetValue<string>());
        Assert.Equal("stopped", body["scheduler"]!.GetValue<string>());
        Assert.Equal("ok", body["database"]!.GetValue<string>());
        await scheduler.Start();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        var file = Path.Combine(host.TempDirectory, "data", "thads.db");
        SqliteConnection.ClearAllPools();
        File.Move(file, file + ".moved");
        try
        {
            var down = await client.GetAsync("/health");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            var downBody = JsonNode.Parse(await down.Content.ReadAsStringAsync())!;
            Assert.Equal("error", downBody["database"]!.GetValue<string>());
            Assert.DoesNotContain(host.TempDirectory, downBody.ToJsonString());
        }
        finally
        {
            await scheduler.Standby();
            SqliteConnection.ClearAllPools();
            File.Move(file + ".moved", file, overwrite: true);
        }
    }
}
