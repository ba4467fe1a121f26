using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Thads.Enforcement.Demo;
using Thads.Host.Admin;
using Thads.Host.Tests.Support;
using static Thads.Host.Tests.Admin.AdminHost;

namespace Thads.Host.Tests.Admin;

/// <summary>
/// Mail settings, the test mail and the outbox against the real SMTP test server: settings stored in the database
/// override configuration at once, a message parked while the server was unreachable is retried and delivered.
/// </summary>
[Collection(AdminCollection.Name)]
public sealed class AdminMailApiTests(AdminHost host)
{
    [Fact]
    public async Task Settings_show_what_is_in_force_and_where_it_comes_from_but_never_a_password()
    {
        var admin = await host.AsAsync(DemoOrganisation.Administrator);
        var response = await admin.GetAsync("/api/admin/mail/settings");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var settings = await JsonAsync(response);
        Assert.Equal(host.Smtp.Host, settings["host"]!["value"]!.GetValue<string>());
        Assert.Equal("Configuration", settings["host"]!["source"]!.GetValue<string>());
        Assert.Equal(host.Smtp.Port.ToString(), settings["port"]!["value"]!.GetValue<string>());
        Assert.Equal("None", settings["security"]!["value"]!.GetValue<string>());
        Assert.False(settings["passwordConfigured"]!.GetValue<bool>());
        Assert.True(settings["usesSmtp"]!.GetValue<bool>());
        Assert.DoesNotContain("\"password\"", settings.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_test_mail_goes_through_the_outbox_and_is_delivered_to_the_server()
    {
        var admin = await host.AsAsync(DemoOrganisation.Administrator);
        var before = host.Smtp.Messages().Count;

        var response = await admin.PostAsJsonAsync("/api/admin/mail/test", new { to = "kiem.tra@thads.example.vn" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await JsonAsync(response);
        Assert.Equal("Delivered", result["outcome"]!.GetValue<string>());
        Assert.Null(result["error"]);
        var messages = await host.Smtp.WaitForMessagesAsync(before + 1);
        var message = messages.Last(m => SmtpServerFixture.EnvelopeRecipients(m).Contains("kiem.tra@thads.example.vn"));
        Assert.Equal("Thư thử nghiệm THADS Workflow", message.Subject);
        Assert.Contains("Bùi Văn Quản", message.TextBody);

        var id = result["messageId"]!.GetValue<long>();
        var detail = await JsonAsync(await admin.GetAsync($"/api/admin/outbox/{id}"));
        Assert.Equal("Sent", detail["entry"]!["status"]!.GetValue<string>());
        Assert.Equal("Added", (await host.AuditAsync(AdminAuditTrail.MailMessageEntity, id.ToString()))[0].Action.ToString());

        var bad = await admin.PostAsJsonAsync("/api/admin/mail/test", new { to = "không phải địa chỉ" });
        Assert.Equal(["to"], ErrorFields(await JsonAsync(bad)));
    }

    [Fact]
    public async Task Invalid_settings_are_refused_per_field_and_nothing_changes()
    {
        var admin = await host.AsAsync(DemoOrganisation.Administrator);
        var response = await admin.PutAsJsonAsync("/api/admin/mail/settings", new { host = "máy chủ có dấu cách", port = 70000, security = "Tls13", from = "không phải thư" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["from", "host", "port", "security"], ErrorFields(await JsonAsync(response)).Order(StringComparer.Ordinal));
        var settings = await JsonAsync(await admin.GetAsync("/api/admin/mail/settings"));
        Assert.Equal("Configuration", settings["host"]!["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_message_parked_while_the_server_was_unreachable_is_retried_and_delivered()
    {
        var admin = await host.AsAsync(DemoOrganisation.Administrator);
        try
        {
            // Settings stored by the administrator take over from configuration at once: a port nobody listens on.
            var saved = await admin.PutAsJsonAsync("/api/admin/mail/settings", new { host = "127.0.0.1", port = ClosedPort(), security = "None", from = "THADS Đà Nẵng <thu@thads.example.vn>" });
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            var settings = await JsonAsync(saved);
            Assert.Equal("Database", settings["port"]!["source"]!.GetValue<string>());
            Assert.Equal(host.Smtp.Port.ToString(), settings["port"]!["configured"]!.GetValue<string>());

            var test = await JsonAsync(await admin.PostAsJsonAsync("/api/admin/mail/test", new { to = "gui.lai@thads.example.vn" }));
            Assert.Equal("Failed", test["outcome"]!.GetValue<string>());
            Assert.False(string.IsNullOrEmpty(test["error"]!.GetValue<string>()));
            var id = test["messageId"]!.GetValue<long>();

            var parked = await JsonAsync(await admin.GetAsync("/api/admin/outbox?status=Parked&search=gui.lai"));
            var row = Assert.Single(parked["messages"]!["items"]!.AsArray());
            Assert.Equal(id, row!["id"]!.GetValue<long>());
            Assert.Equal(1, row["attempts"]!.GetValue<int>());
            Assert.True(parked["counts"]!["parked"]!.GetValue<int>() >= 1);

            // Retrying a message that is not parked is refused.
            var sentId = (await JsonAsync(await admin.GetAsync("/api/admin/outbox?status=Sent")))["messages"]!["items"]!.AsArray()
                .Select(i => i!["id"]!.GetValue<long>()).FirstOrDefault();
            if (sentId != 0)
            {
                Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync($"/api/admin/outbox/{sentId}/retry", null)).StatusCode);
            }

            // The server's address is fixed (back to configuration) and the message retried: the server receives it.
            var restored = await JsonAsync(await admin.PutAsJsonAsync("/api/admin/mail/settings", new { }));
            Assert.Equal("Configuration", restored["port"]!["source"]!.GetValue<string>());
            var before = host.Smtp.Messages().Count;
            var retried = await admin.PostAsync($"/api/admin/outbox/{id}/retry", null);
            Assert.Equal(HttpStatusCode.OK, retried.StatusCode);

            var messages = await host.Smtp.WaitForMessagesAsync(before + 1);
            Assert.Contains(messages, m => SmtpServerFixture.EnvelopeRecipients(m).Contains("gui.lai@thads.example.vn"));
            await WaitForStatusAsync(admin, id, "Sent");

            var audit = await host.AuditAsync(AdminAuditTrail.MailMessageEntity, id.ToString());
            Assert.Equal(["Retried", "Added"], audit.Select(a => a.Action.ToString()));
            Assert.Contains("\"Status\":\"Parked\"", audit[0].Before);
            var settingsAudit = await host.AuditAsync(AdminAuditTrail.MailSettingsEntity, "smtp");
            Assert.True(settingsAudit.Count >= 2);
            Assert.Contains("\"Port\":null", settingsAudit[0].After);
        }
        finally
        {
            await admin.PutAsJsonAsync("/api/admin/mail/settings", new { });
        }
    }

    [Fact]
    public async Task Retry_all_parked_queues_every_parked_message_again()
    {
        var admin = await host.AsAsync(DemoOrganisation.Administrator);
        try
        {
            await admin.PutAsJsonAsync("/api/admin/mail/settings", new { host = "127.0.0.1", port = ClosedPort(), security = "None" });
            var first = (await JsonAsync(await admin.PostAsJsonAsync("/api/admin/mail/test", new { to = "tat.ca.1@thads.example.vn" })))["messageId"]!.GetValue<long>();
            var second = (await JsonAsync(await admin.PostAsJsonAsync("/api/admin/mail/test", new { to = "tat.ca.2@thads.example.vn" })))["messageId"]!.GetValue<long>();
            await admin.PutAsJsonAsync("/api/admin/mail/settings", new { });

            var response = await JsonAsync(await admin.PostAsync("/api/admin/outbox/retry-parked", null));
            Assert.True(response["retried"]!.GetValue<int>() >= 2);
            await WaitForStatusAsync(admin, first, "Sent");
            await WaitForStatusAsync(admin, second, "Sent");
            Assert.Equal(0, (await JsonAsync(await admin.GetAsync("/api/admin/outbox")))["counts"]!["parked"]!.GetValue<int>());
        }
        finally
        {
            await admin.PutAsJsonAsync("/api/admin/mail/settings", new { });
        }
    }

    private static async Task WaitForStatusAsync(HttpClient admin, long id, string status)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        JsonObject detail;
        do
        {
            detail = await JsonAsync(await admin.GetAsync($"/api/admin/outbox/{id}"));
            if (detail["entry"]!["status"]!.GetValue<string>() == status)
            {
                return;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Fail($"Message {id} is {detail["entry"]!["status"]} after 15 s, not {status}: {detail["entry"]!["lastError"]}");
    }

    /// <summary>A port on 127.0.0.1 that refuses connections: taken from the system, then released.</summary>
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
