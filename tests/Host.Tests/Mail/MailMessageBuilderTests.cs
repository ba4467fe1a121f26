using Microsoft.Extensions.Options;
using MimeKit;
using Thads.Host.Mail;
using Thads.Host.Mail.Composition;
using Thads.Host.Mail.Configuration;

namespace Thads.Host.Tests.Mail;

public sealed class MailMessageBuilderTests
{
    private const string VietnameseSubject = "Cảnh báo: hồ sơ 123/2026/QĐ-CCTHADS quá hạn xác minh điều kiện thi hành án";
    private static readonly DateTimeOffset Date = new(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(7));

    private static MailMessageBuilder Builder(string baseUrl = "https://thads.example.vn") =>
        new(Options.Create(new MailOptions { BaseUrl = baseUrl }));

    private static OutgoingMail Alert(string? html = null, string? linkPath = "/cases/123") => new()
    {
        To = ["Nguyễn Văn An <an.nv@thads.example.vn>", "lanh.dao@thads.example.vn"],
        Subject = VietnameseSubject,
        TextBody = "Hồ sơ đã quá hạn 3 ngày làm việc.\nChấp hành viên: Trần Thị Bình.",
        HtmlBody = html,
        LinkPath = linkPath,
    };

    /// <summary>What a receiving server gets: the message written out and parsed again.</summary>
    private static (MimeMessage Message, string Raw) RoundTrip(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        var raw = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        stream.Position = 0;
        return (MimeMessage.Load(stream), raw);
    }

    [Fact]
    public void Builds_multipart_alternative_with_a_utf8_plain_text_part_and_an_html_part()
    {
        var (message, _) = RoundTrip(Builder().Build(Alert(), Date));

        var alternative = Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Collection(
            alternative.OfType<TextPart>(),
            text => Assert.Equal(("text/plain", "utf-8"), (text.ContentType.MimeType, text.ContentType.Charset)),
            html => Assert.Equal(("text/html", "utf-8"), (html.ContentType.MimeType, html.ContentType.Charset)));
        Assert.Contains("Chấp hành viên: Trần Thị Bình.", message.TextBody);
        Assert.Contains("Chấp hành viên: Trần Thị Bình.", message.HtmlBody);
    }

    [Fact]
    public void Vietnamese_subject_is_rfc2047_encoded_on_the_wire_and_decodes_back_equal()
    {
        var (message, raw) = RoundTrip(Builder().Build(Alert(), Date));

        var subjectLine = raw.ReplaceLineEndings("\n").Split("\n\n")[0].Split('\n')
            .SkipWhile(line => !line.StartsWith("Subject:", StringComparison.Ordinal)).First();
        Assert.Contains("=?utf-8?", subjectLine, StringComparison.OrdinalIgnoreCase);
        Assert.True(subjectLine.All(char.IsAscii), $"header not ASCII: {subjectLine}");
        Assert.Equal(VietnameseSubject, message.Subject);
    }

    [Fact]
    public void Link_to_the_case_is_an_absolute_url_in_both_parts()
    {
        var (message, _) = RoundTrip(Builder().Build(Alert(), Date));

        Assert.Contains($"{MailMessageBuilder.DefaultLinkText}: https://thads.example.vn/cases/123", message.TextBody);
        Assert.Contains("<a href=\"https://thads.example.vn/cases/123\">", message.HtmlBody);
    }

    [Fact]
    public void Base_url_with_a_path_keeps_the_path_in_the_link()
    {
        var message = Builder("https://thads.example.vn/app/").Build(Alert(linkPath: "tasks/9f2c?tab=history"), Date);

        Assert.Contains("https://thads.example.vn/app/tasks/9f2c?tab=history", message.TextBody);
    }

    [Fact]
    public void Without_a_link_path_neither_part_has_a_link()
    {
        var message = Builder().Build(Alert(linkPath: null), Date);

        Assert.DoesNotContain("http", message.TextBody);
        Assert.DoesNotContain("<a ", message.HtmlBody);
    }

    [Fact]
    public void Html_part_is_made_from_the_text_with_markup_escaped_when_no_html_is_given()
    {
        var mail = new OutgoingMail { To = ["a@thads.example.vn"], Subject = "x", TextBody = "Số tiền < 5 triệu & \"khẩn\"\nDòng hai" };

        var html = Builder().Build(mail, Date).HtmlBody;

        Assert.Contains("<p>Số tiền &lt; 5 triệu &amp; &quot;khẩn&quot;<br>\nDòng hai</p>", html);
        Assert.Contains("<html lang=\"vi\">", html);
    }

    [Fact]
    public void Given_html_is_used_as_is_inside_the_document()
    {
        var html = Builder().Build(Alert(html: "<p><strong>Quá hạn</strong></p>"), Date).HtmlBody;

        Assert.Contains("<body>\n<p><strong>Quá hạn</strong></p>", html);
    }

    [Fact]
    public void Recipients_sender_date_and_display_names_survive_the_round_trip()
    {
        var (message, _) = RoundTrip(Builder().Build(Alert(), Date, "thads-outbox-1.2@thads.local"));

        Assert.Equal(
            ["an.nv@thads.example.vn", "lanh.dao@thads.example.vn"],
            message.To.Mailboxes.Select(mailbox => mailbox.Address));
        Assert.Equal("Nguyễn Văn An", message.To.Mailboxes.First().Name);
        Assert.Equal("no-reply@thads.local", message.From.Mailboxes.Single().Address);
        Assert.Equal(Date, message.Date);
        Assert.Equal("thads-outbox-1.2@thads.local", message.MessageId);
    }

    [Theory]
    [InlineData("https://evil.example/cases/1")]
    [InlineData("//evil.example/cases/1")]
    [InlineData("javascript:alert(1)")]
    public void Link_path_that_leaves_the_application_is_refused(string linkPath)
    {
        var exception = Assert.Throws<ArgumentException>(() => Builder().Build(Alert(linkPath: linkPath), Date));

        Assert.Contains(linkPath, exception.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("bob")]
    [InlineData("an.nv@thads.example.vn, binh@thads.example.vn")]
    [InlineData("not an address")]
    public void Recipient_that_is_not_one_mail_address_is_refused(string recipient)
    {
        var mail = new OutgoingMail { To = [recipient], Subject = "x", TextBody = "y" };

        Assert.Throws<ArgumentException>(() => Builder().Build(mail, Date));
    }

    [Fact]
    public void Mail_without_recipients_is_refused()
    {
        var mail = new OutgoingMail { To = [], Subject = "x", TextBody = "y" };

        Assert.Throws<ArgumentException>(() => Builder().Build(mail, Date));
    }
}
