using MimeKit;
using Microsoft.Extensions.Logging.Abstractions;
using Thads.Host.Mail;
using Thads.Host.Mail.Configuration;
using Thads.Host.Mail.Settings;
using Thads.Host.Mail.Transport;
using Thads.Host.Tests.Support;

namespace Thads.Host.Tests.Mail;

public sealed class PickupDirectoryTests
{
    private static OutgoingMail Alert(string subject = "Nhắc việc: hồ sơ 45/2026 chờ phê duyệt") => new()
    {
        To = ["truong.phong@thads.example.vn"],
        Subject = subject,
        TextBody = "Hồ sơ đang chờ phê duyệt.",
        LinkPath = "/tasks/7",
    };

    [Fact]
    public async Task Without_an_smtp_host_mail_is_written_as_an_eml_file_that_reads_back_intact()
    {
        await using var host = await MailTestHost.StartAsync();
        await host.Outbox.EnqueueAsync(Alert());

        var result = await host.DispatchAsync();

        Assert.Equal(1, result.Sent);
        var file = Assert.Single(Directory.GetFiles(host.PickupDirectory));
        Assert.EndsWith(".eml", file);
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("Nhắc việc: hồ sơ 45/2026 chờ phê duyệt", message.Subject);
        Assert.Equal("truong.phong@thads.example.vn", message.To.Mailboxes.Single().Address);
        Assert.Contains("Hồ sơ đang chờ phê duyệt.", message.TextBody);
        Assert.Contains("http://127.0.0.1:5080/tasks/7", message.TextBody);
        Assert.Contains("http://127.0.0.1:5080/tasks/7", message.HtmlBody);
        Assert.Equal(MailStatus.Sent, Assert.Single(await host.RowsAsync()).Status);
    }

    [Fact]
    public async Task File_names_sort_in_the_order_the_mail_was_sent()
    {
        await using var host = await MailTestHost.StartAsync();
        foreach (var subject in new[] { "một", "hai", "ba" })
        {
            await host.Outbox.EnqueueAsync(Alert(subject));
            await host.DispatchAsync();
            host.Clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        var subjects = Directory.GetFiles(host.PickupDirectory).Order(StringComparer.Ordinal)
            .Select(file => MimeMessage.Load(file).Subject);

        Assert.Equal(["một", "hai", "ba"], subjects);
    }

    [Fact]
    public void A_relative_pickup_directory_is_taken_from_the_current_directory()
    {
        var options = new MailOptions();
        var current = Path.Combine(Path.GetTempPath(), "thads-cwd-" + Guid.NewGuid().ToString("N"));

        var transport = MailTransportFactory.Create(options, TimeProvider.System, NullLoggerFactory.Instance, current);

        var pickup = Assert.IsType<PickupDirectoryTransport>(transport);
        Assert.Equal(Path.Combine(current, "data", "outbox"), pickup.DirectoryPath);
    }

    [Fact]
    public async Task A_missing_pickup_directory_is_created_and_no_temporary_file_is_left_behind()
    {
        var root = Path.Combine(Path.GetTempPath(), "thads-pickup-" + Guid.NewGuid().ToString("N"));
        var transport = new PickupDirectoryTransport(Path.Combine(root, "nested", "outbox"), new ManualTimeProvider(MailTestHost.Start));
        try
        {
            var path = await transport.SendAsync(new MimeMessage(
                [new MailboxAddress("", "a@thads.example.vn")], [new MailboxAddress("", "b@thads.example.vn")], "x", new TextPart("plain") { Text = "y" }));

            Assert.Equal([path], Directory.GetFiles(transport.DirectoryPath));
            Assert.StartsWith("20260302T010000.0000000Z-", Path.GetFileName(path));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Choosing_an_smtp_host_replaces_the_pickup_directory()
    {
        await using var host = await MailTestHost.StartAsync(new Dictionary<string, string?> { ["Mail:Smtp:Host"] = "smtp.thads.example.vn" });

        var transport = Assert.IsType<SmtpMailTransport>(((EffectiveMailSettings)host.Services.GetService(typeof(EffectiveMailSettings))!).Transport);
        Assert.Equal("SMTP server smtp.thads.example.vn:25 (StartTls)", transport.Description);
    }
}
