using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Thads.Host.Mail;
using Thads.Host.Mail.Configuration;
using Thads.Host.Mail.Settings;
using Thads.Host.Startup;
using Thads.Host.Tests.Mail;

namespace Thads.Host.Tests.Admin;

/// <summary>Mail settings stored by an administrator (<c>mail_settings</c>) over configuration, on the mail services alone.</summary>
public sealed class StoredMailSettingsTests
{
    [Fact]
    public async Task Stored_settings_replace_the_configured_server_and_sender_for_the_next_message()
    {
        // Configured for an SMTP server that does not exist; the administrator switches SMTP off and changes the sender.
        await using var host = await MailTestHost.StartAsync(new Dictionary<string, string?> { [MailSettingKeys.SmtpHost] = "smtp.invalid" });
        var editor = host.Services.GetRequiredService<MailSettingsEditor>();

        var stored = await editor.SaveAsync(new MailSettingsOverride("", null, null, null, "THADS Đà Nẵng <thu@thads.example.vn>"), "quantri.dn");
        Assert.Equal("", stored.Host);
        await host.Outbox.EnqueueAsync(new OutgoingMail { To = ["a@thads.example.vn"], Subject = "Thử", TextBody = "Nội dung" });
        var result = await host.DispatchAsync();

        Assert.Equal(1, result.Sent);
        var file = Assert.Single(Directory.GetFiles(host.PickupDirectory, "*.eml"));
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("thu@thads.example.vn", message.From.Mailboxes.Single().Address);
        Assert.Equal("smtp.invalid", host.Services.GetRequiredService<EffectiveMailSettings>().Configured.Smtp.Host);
    }

    [Fact]
    public async Task Stored_settings_are_put_in_force_again_at_start_up_and_a_removed_one_falls_back_to_configuration()
    {
        await using var host = await MailTestHost.StartAsync(new Dictionary<string, string?> { [MailSettingKeys.SmtpPort] = "587" });
        var editor = host.Services.GetRequiredService<MailSettingsEditor>();
        var settings = host.Services.GetRequiredService<EffectiveMailSettings>();
        await editor.SaveAsync(new MailSettingsOverride("mail.thads.example.vn", 2525, MailSecurity.SslOnConnect, "gui.thu", null), "quantri.dn");

        // A fresh start: nothing in force in memory, the start-up task reads the table.
        settings.Apply(MailSettingsOverride.None);
        Assert.Null(settings.Value.Smtp.Host);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetServices<IStartupTask>().OfType<MailSettingsStartupTask>().Single().RunAsync(CancellationToken.None);
        }

        Assert.Equal("mail.thads.example.vn", settings.Value.Smtp.Host);
        Assert.Equal(2525, settings.Value.Smtp.Port);
        Assert.Equal("SMTP server mail.thads.example.vn:2525 (SslOnConnect)", settings.TransportDescription);

        await editor.SaveAsync(settings.Overrides with { Port = null }, "quantri.dn");
        Assert.Equal(587, settings.Value.Smtp.Port);
        Assert.Equal("mail.thads.example.vn", settings.Value.Smtp.Host);
    }
}
