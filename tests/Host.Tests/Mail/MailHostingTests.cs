using Microsoft.Extensions.DependencyInjection;
using Thads.Host.Mail;
using Thads.Host.Startup;
using Thads.Host.Tests.Support;

namespace Thads.Host.Tests.Mail;

/// <summary>The whole web application: start-up migrates the outbox and the background dispatcher sends.</summary>
public sealed class MailHostingTests : IAsyncLifetime
{
    private readonly SmtpServerFixture _server = new();

    public Task InitializeAsync() => _server.StartAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Mail_queued_in_the_running_application_reaches_the_smtp_server_without_waiting_for_a_poll()
    {
        var settings = _server.MailSettings().ToDictionary(pair => pair.Key, pair => pair.Value!);
        // A poll interval this long means only the wake-up on enqueue can deliver within the test's patience.
        settings["Mail:PollInterval"] = "00:10:00";
        using var host = new ThadsHostFactory(settings);
        host.CreateClient();
        Assert.Equal(StartupStatus.Ready, await host.WaitForStartupAsync());

        var queued = await host.Services.GetRequiredService<IMailOutbox>().EnqueueAsync(new OutgoingMail
        {
            To = ["lanh.dao@thads.example.vn"],
            Subject = "Hồ sơ 9/2026 quá hạn",
            TextBody = "Quá hạn.",
            LinkPath = "/cases/9",
        });

        Assert.True(queued);
        Assert.Equal("Hồ sơ 9/2026 quá hạn", Assert.Single(await _server.WaitForMessagesAsync(1, TimeSpan.FromSeconds(20))).Subject);
    }
}
