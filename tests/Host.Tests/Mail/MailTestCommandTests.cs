using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using MimeKit;
using Thads.Host.Cli;
using Thads.Host.Mail.Cli;
using Thads.Host.Tests.Support;

namespace Thads.Host.Tests.Mail;

public sealed class MailTestCommandTests : IAsyncLifetime
{
    private readonly SmtpServerFixture _server = new();
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "thads-mail-cli-" + Guid.NewGuid().ToString("N"));

    public Task InitializeAsync() => _server.StartAsync();

    public Task DisposeAsync()
    {
        if (Directory.Exists(_temp))
        {
            Directory.Delete(_temp, recursive: true);
        }

        return _server.DisposeAsync();
    }

    private static async Task<(int Exit, string Out, string Err)> RunAsync(Dictionary<string, string?> settings, params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var command = new MailTestCommand(() => configuration, TimeProvider.System);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, [command], stdout, stderr, CancellationToken.None);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [Fact]
    public async Task Mail_test_sends_the_vietnamese_test_message_to_a_real_server_and_exits_0()
    {
        var (exit, stdout, stderr) = await RunAsync(_server.MailSettings(), "mail", "test", "--to", "quan.tri@thads.example.vn");

        Assert.True(exit == 0, stderr);
        Assert.Contains($"127.0.0.1:{_server.Port} accepted the message", stdout);
        var message = Assert.Single(await _server.WaitForMessagesAsync(1));
        Assert.Equal("Thư thử nghiệm THADS Workflow", message.Subject);
        Assert.Equal(["quan.tri@thads.example.vn"], SmtpServerFixture.EnvelopeRecipients(message));
        Assert.Contains("cấu hình gửi thư đang hoạt động", message.TextBody);
        Assert.Contains("cấu hình gửi thư đang hoạt động", message.HtmlBody);
        Assert.Contains("http://127.0.0.1:5080/", message.TextBody);
    }

    [Fact]
    public async Task Mail_test_against_a_closed_port_exits_1_with_the_error_on_stderr()
    {
        var settings = _server.MailSettings();
        settings["Mail:Smtp:Port"] = ClosedPort().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (exit, stdout, stderr) = await RunAsync(settings, "mail", "test", "--to", "quan.tri@thads.example.vn");

        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.Contains("did not take the message", stderr);
        Assert.Contains("refused", stderr, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Mail_test_to_a_recipient_the_server_rejects_prints_the_smtp_reply_and_exits_1()
    {
        var (exit, _, stderr) = await RunAsync(_server.MailSettings(), "mail", "test", "--to", $"nobody@{SmtpServerFixture.RejectedDomain}");

        Assert.Equal(1, exit);
        Assert.Contains("SMTP 550", stderr);
        Assert.Contains("User unknown", stderr);
    }

    [Theory]
    [InlineData("không-phải-địa-chỉ")]
    [InlineData("bob")]
    public async Task Mail_test_with_a_bad_address_exits_2_naming_the_to_option(string address)
    {
        var (exit, _, stderr) = await RunAsync(_server.MailSettings(), "mail", "test", "--to", address);

        Assert.Equal(2, exit);
        Assert.Contains("--to", stderr);
        Assert.Contains(address, stderr);
        Assert.Empty(_server.Messages());
    }

    [Fact]
    public async Task Mail_test_without_to_exits_2()
    {
        var (exit, _, stderr) = await RunAsync(_server.MailSettings(), "mail", "test");

        Assert.Equal(2, exit);
        Assert.Contains("--to", stderr);
    }

    [Fact]
    public async Task Mail_test_with_invalid_settings_exits_1_naming_the_setting()
    {
        var settings = _server.MailSettings();
        settings["Mail:Smtp:Security"] = "Tls";

        var (exit, _, stderr) = await RunAsync(settings, "mail", "test", "--to", "quan.tri@thads.example.vn");

        Assert.Equal(1, exit);
        Assert.Contains("Mail:Smtp:Security", stderr);
        Assert.Empty(_server.Messages());
    }

    [Fact]
    public async Task Mail_test_without_an_smtp_host_writes_an_eml_file_and_prints_its_path()
    {
        var pickup = Path.Combine(_temp, "outbox");

        var (exit, stdout, stderr) = await RunAsync(new() { ["Mail:PickupDirectory"] = pickup }, "mail", "test", "--to", "quan.tri@thads.example.vn");

        Assert.True(exit == 0, stderr);
        var path = stdout.Trim();
        Assert.Equal(Assert.Single(Directory.GetFiles(pickup)), path);
        Assert.Equal("Thư thử nghiệm THADS Workflow", (await MimeMessage.LoadAsync(path)).Subject);
    }

    [Fact]
    public void Mail_test_is_registered_as_a_command()
    {
        Assert.Contains(CliCommands.Create(), command => command.Name == "mail test");
    }

    [Fact]
    public async Task The_host_executable_reads_the_smtp_settings_from_environment_variables()
    {
        Directory.CreateDirectory(_temp);
        var info = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _temp,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "Thads.Host.dll"), "mail", "test", "--to", "quan.tri@thads.example.vn" })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["Mail__Smtp__Host"] = _server.Host;
        info.Environment["Mail__Smtp__Port"] = _server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["Mail__Smtp__Security"] = "None";

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(process.ExitCode == 0, await stderr);
        Assert.Contains("accepted the message", await stdout);
        Assert.Equal("Thư thử nghiệm THADS Workflow", Assert.Single(await _server.WaitForMessagesAsync(1)).Subject);
        // The command goes straight to the server: no database and no outbox appear where it ran.
        Assert.False(Directory.Exists(Path.Combine(_temp, "data")));
    }
}
