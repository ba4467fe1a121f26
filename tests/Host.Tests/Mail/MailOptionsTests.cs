using Microsoft.Extensions.Configuration;
using Thads.Host.Mail.Configuration;
using Thads.Host.Tests.Support;

namespace Thads.Host.Tests.Mail;

public sealed class MailOptionsTests
{
    private static (MailOptions Options, IReadOnlyList<string> Failures) Read(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var options = new MailOptions();
        new MailOptionsSetup(configuration).Configure(options);
        var result = new MailOptionsValidator(configuration).Validate(null, options);
        return (options, result.Failures?.ToList() ?? []);
    }

    [Fact]
    public void Without_any_mail_settings_the_defaults_apply_and_are_valid()
    {
        var (options, failures) = Read([]);

        Assert.Empty(failures);
        Assert.Equal("THADS Workflow <no-reply@thads.local>", options.From);
        Assert.Equal("data/outbox", options.PickupDirectory);
        Assert.Equal("http://127.0.0.1:5080", options.BaseUrl);
        Assert.False(options.Smtp.HasHost);
        Assert.Equal(25, options.Smtp.Port);
        Assert.Null(options.Smtp.Security);
        Assert.Equal(MailSecurity.StartTls, options.Smtp.EffectiveSecurity);
        Assert.Equal(8, options.Retry.MaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Retry.InitialDelay);
        Assert.Equal(TimeSpan.FromHours(1), options.Retry.MaxDelay);
    }

    [Fact]
    public void Every_setting_is_read_from_the_mail_section()
    {
        var (options, failures) = Read(new()
        {
            ["Mail:Smtp:Host"] = " smtp.thads.example.vn ",
            ["Mail:Smtp:Port"] = "587",
            ["Mail:Smtp:Security"] = "sslonconnect",
            ["Mail:Smtp:User"] = "thads",
            ["Mail:Smtp:Password"] = " pass with spaces ",
            ["Mail:Smtp:Timeout"] = "00:00:10",
            ["Mail:From"] = "Cục THADS <thong-bao@thads.example.vn>",
            ["Mail:PickupDirectory"] = "/var/spool/thads",
            ["Mail:BaseUrl"] = "https://thads.example.vn",
            ["Mail:PollInterval"] = "00:00:05",
            ["Mail:Retry:MaxAttempts"] = "3",
            ["Mail:Retry:MaxAttemptsUnreachable"] = "10",
            ["Mail:Retry:InitialDelay"] = "00:01:00",
            ["Mail:Retry:MaxDelay"] = "02:00:00",
        });

        Assert.Empty(failures);
        Assert.Equal("smtp.thads.example.vn", options.Smtp.Host);
        Assert.Equal(587, options.Smtp.Port);
        Assert.Equal(MailSecurity.SslOnConnect, options.Smtp.EffectiveSecurity);
        Assert.Equal("thads", options.Smtp.User);
        Assert.Equal(" pass with spaces ", options.Smtp.Password);
        Assert.Equal(TimeSpan.FromSeconds(10), options.Smtp.Timeout);
        Assert.Equal("Cục THADS <thong-bao@thads.example.vn>", options.From);
        Assert.Equal("/var/spool/thads", options.PickupDirectory);
        Assert.Equal("https://thads.example.vn", options.BaseUrl);
        Assert.Equal(TimeSpan.FromSeconds(5), options.PollInterval);
        Assert.Equal((3, 10), (options.Retry.MaxAttempts, options.Retry.MaxAttemptsUnreachable));
        Assert.Equal((TimeSpan.FromMinutes(1), TimeSpan.FromHours(2)), (options.Retry.InitialDelay, options.Retry.MaxDelay));
    }

    [Theory]
    [InlineData("Tls")]
    [InlineData("1")]
    [InlineData("Auto")]
    public void Unknown_security_value_fails_with_a_message_naming_the_setting_and_the_choices(string value)
    {
        var (_, failures) = Read(new() { ["Mail:Smtp:Security"] = value });

        var failure = Assert.Single(failures);
        Assert.Contains("Mail:Smtp:Security", failure);
        Assert.Contains($"'{value}'", failure);
        Assert.Contains("None, StartTls, SslOnConnect", failure);
    }

    [Theory]
    [InlineData("Mail:Smtp:Port", "smtp")]
    [InlineData("Mail:Smtp:Port", "70000")]
    [InlineData("Mail:Smtp:Timeout", "30")]
    [InlineData("Mail:Retry:InitialDelay", "30")]
    [InlineData("Mail:Retry:InitialDelay", "00:00:00")]
    [InlineData("Mail:Retry:MaxAttempts", "0")]
    [InlineData("Mail:Retry:MaxAttempts", "many")]
    [InlineData("Mail:Retry:MaxDelay", "00:00:10")]
    [InlineData("Mail:From", "no-reply")]
    [InlineData("Mail:BaseUrl", "/thads")]
    [InlineData("Mail:BaseUrl", "ftp://thads.example.vn")]
    [InlineData("Mail:PollInterval", "-00:00:01")]
    public void Invalid_value_fails_with_a_message_naming_the_setting(string key, string value)
    {
        var (_, failures) = Read(new() { [key] = value });

        Assert.Contains(failures, failure => failure.Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    public void Validation_messages_never_contain_the_password()
    {
        const string password = "mật-khẩu-bí-mật-42";
        var (_, failures) = Read(new()
        {
            ["Mail:Smtp:Host"] = "smtp.thads.example.vn",
            ["Mail:Smtp:User"] = "thads",
            ["Mail:Smtp:Password"] = password,
            ["Mail:Smtp:Port"] = "x",
            ["Mail:From"] = "nobody",
        });

        Assert.Equal(2, failures.Count);
        Assert.DoesNotContain(failures, failure => failure.Contains(password, StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_security_value_stops_the_web_application_at_start_up()
    {
        using var host = new ThadsHostFactory(new Dictionary<string, string> { ["Mail:Smtp:Security"] = "Tls" });

        var exception = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        var messages = ExceptionText.AllMessages(exception);
        Assert.Contains("Mail:Smtp:Security", messages);
        Assert.Contains("'Tls'", messages);
    }
}
