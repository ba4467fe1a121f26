using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using Thads.Enforcement.Alerts;
using Thads.Enforcement.Organisation;
using Thads.Host.Mail;
using Thads.Host.Mail.Configuration;

namespace Thads.Host.Alerts;

/// <summary>
/// Writes escalation mail for leaders into the durable outbox, in Vietnamese, readable on a phone: the
/// subject says what and which case, the first line says what to do, and one link opens the case.
/// </summary>
internal sealed class OutboxAlertMailer(IMailOutbox outbox, IOptions<MailOptions> options) : IAlertMailer
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public async Task QueueAlertAsync(StaffMember leader, Alert alert, string dedupeKey, CancellationToken cancellationToken = default)
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Kính gửi {leader.FullName},")
            .AppendLine()
            .AppendLine(alert.Body)
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Hồ sơ: {alert.CaseKey}")
            .AppendLine(CultureInfo.InvariantCulture, $"Ngày cảnh báo: {alert.Day.ToString("dd/MM/yyyy", Vietnamese)}")
            .ToString();
        var html = $"""
            <p>Kính gửi {Encode(leader.FullName)},</p>
            <p><strong>{Encode(alert.Title)}</strong></p>
            <p>{Encode(alert.Body)}</p>
            <p>Hồ sơ: {Encode(alert.CaseKey)}<br>Ngày cảnh báo: {alert.Day.ToString("dd/MM/yyyy", Vietnamese)}</p>
            """;
        await outbox.EnqueueAsync(
            new OutgoingMail
            {
                To = [leader.Email!],
                Subject = $"[THADS] {alert.Title} — hồ sơ {alert.CaseKey}",
                TextBody = text,
                HtmlBody = html,
                LinkPath = alert.Link,
                LinkText = "Mở hồ sơ",
                DedupeKey = dedupeKey,
            },
            cancellationToken);
    }

    public async Task QueueDigestAsync(StaffMember leader, DateOnly day, IReadOnlyList<Alert> alerts, string dedupeKey, CancellationToken cancellationToken = default)
    {
        var baseUrl = options.Value.BaseUrl.TrimEnd('/');
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Kính gửi {leader.FullName},")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Có {alerts.Count} cảnh báo cần xem xét:")
            .AppendLine();
        var html = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<p>Kính gửi {Encode(leader.FullName)},</p><p>Có {alerts.Count} cảnh báo cần xem xét:</p><ol>");
        foreach (var alert in alerts)
        {
            var url = baseUrl + alert.Link;
            text.AppendLine(CultureInfo.InvariantCulture, $"- {alert.Title} — hồ sơ {alert.CaseKey}: {url}");
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{Encode(url)}\">{Encode(alert.Title)} — hồ sơ {Encode(alert.CaseKey)}</a></li>");
        }

        html.Append("</ol>");
        await outbox.EnqueueAsync(
            new OutgoingMail
            {
                To = [leader.Email!],
                Subject = $"[THADS] Tổng hợp cảnh báo ngày {day.ToString("dd/MM/yyyy", Vietnamese)} ({alerts.Count})",
                TextBody = text.ToString(),
                HtmlBody = html.ToString(),
                DedupeKey = dedupeKey,
            },
            cancellationToken);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
