using System.Globalization;
using System.Security.Claims;
using Thads.Enforcement.Cases.Audit;
using Thads.Host.Mail;
using Thads.Host.Mail.Composition;
using Thads.Host.Mail.Configuration;
using Thads.Host.Mail.Dispatch;
using Thads.Host.Mail.Settings;

namespace Thads.Host.Admin.Mail;

/// <summary>
/// The mail settings page and API: the settings in force with their source, storing the non-secret ones (audited as
/// <c>MailSettings</c>), and a test message sent through the real outbox. Mail is shared by every unit, so only a
/// top-level unit's administrator uses it.
/// </summary>
public sealed class MailSettingsAdminService(
    AdminAccess access,
    EffectiveMailSettings settings,
    MailSettingsEditor editor,
    IMailOutbox outbox,
    IMailOutboxAdmin outboxAdmin,
    MailDispatchNow dispatchNow,
    AdminAuditTrail audit,
    IConfiguration configuration,
    TimeProvider time)
{
    public const string AuditId = "smtp";
    public const int HostMaxLength = 253;
    public const int UserMaxLength = 200;

    public async Task<MailSettingsView> ViewAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        (await access.ForAsync(principal, cancellationToken)).RequireSystemWide();
        return View();
    }

    /// <exception cref="AdminValidationException">A value is not valid; nothing was stored.</exception>
    public async Task<MailSettingsView> SaveAsync(ClaimsPrincipal principal, MailSettingsInput input, CancellationToken cancellationToken = default)
    {
        var admin = await access.ForAsync(principal, cancellationToken);
        admin.RequireSystemWide();
        var overrides = Validate(input);
        var before = settings.Overrides;
        var stored = await editor.SaveAsync(overrides, admin.User.UserName, cancellationToken);
        if (stored != before)
        {
            await audit.WriteAsync(AuditRecords.Entry(admin.Stamp(time), AdminAuditTrail.MailSettingsEntity, AuditId, AuditAction.Modified, before, stored), cancellationToken);
        }

        return View();
    }

    /// <summary>Queues a test message to <paramref name="to"/>, runs one dispatcher pass and reports what became of it.</summary>
    /// <exception cref="AdminValidationException">Not a mail address.</exception>
    public async Task<TestMailResult> SendTestAsync(ClaimsPrincipal principal, string? to, CancellationToken cancellationToken = default)
    {
        var admin = await access.ForAsync(principal, cancellationToken);
        admin.RequireSystemWide();
        to = to?.Trim();
        if (string.IsNullOrEmpty(to) || !MailAddresses.TryParseMailbox(to, out _))
        {
            throw new AdminValidationException("To", $"Gửi đến (To): '{to}' không phải địa chỉ thư điện tử (ví dụ ten@thads.gov.vn).");
        }

        var now = time.GetUtcNow();
        var key = $"admin-test:{Guid.NewGuid():N}";
        var subject = "Thư thử nghiệm THADS Workflow";
        await outbox.EnqueueAsync(new OutgoingMail
        {
            To = [to],
            Subject = subject,
            TextBody = $"""
                Đây là thư thử nghiệm do {admin.User.FullName} ({admin.User.UserName}) gửi từ trang Quản trị – Thư điện tử của THADS Workflow lúc {now.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture)}.
                Nếu bạn nhận được thư này, cấu hình gửi thư đang hoạt động.

                This is a test message sent from the THADS Workflow administration page.
                """,
            LinkPath = "/Admin/Mail",
            LinkText = "Mở trang cấu hình thư",
            DedupeKey = key,
        }, cancellationToken);
        var queued = await outboxAdmin.FindByDedupeKeyAsync(key, cancellationToken)
            ?? throw new InvalidOperationException("The test message was not found in the outbox right after it was queued.");
        await audit.WriteAsync(AuditRecords.Entry(admin.Stamp(time), AdminAuditTrail.MailMessageEntity, queued.Id.ToString(CultureInfo.InvariantCulture),
            AuditAction.Added, before: null, new { queued.To, queued.Subject, Purpose = "Thư thử nghiệm" }), cancellationToken);

        await dispatchNow.RunAsync(cancellationToken);
        var entry = await outboxAdmin.FindByDedupeKeyAsync(key, cancellationToken) ?? queued;
        var outcome = entry.Status switch
        {
            MailStatus.Sent => TestMailOutcome.Delivered,
            MailStatus.Parked => TestMailOutcome.Failed,
            _ => TestMailOutcome.Queued,
        };
        return new TestMailResult(entry.Id, to, outcome, settings.TransportDescription, entry.Attempts, entry.Status == MailStatus.Sent ? null : entry.LastError);
    }

    private MailSettingsView View()
    {
        var current = settings.Value;
        var stored = settings.Overrides;
        var configured = settings.Configured;
        return new MailSettingsView(
            Value(stored.Host, current.Smtp.Host, configured.Smtp.Host, MailSettingKeys.SmtpHost),
            Value(stored.Port?.ToString(CultureInfo.InvariantCulture), current.Smtp.Port.ToString(CultureInfo.InvariantCulture),
                configured.Smtp.Port.ToString(CultureInfo.InvariantCulture), MailSettingKeys.SmtpPort),
            Value(stored.Security?.ToString(), current.Smtp.EffectiveSecurity.ToString(), configured.Smtp.EffectiveSecurity.ToString(), MailSettingKeys.SmtpSecurity),
            Value(stored.User, current.Smtp.User, configured.Smtp.User, MailSettingKeys.SmtpUser),
            Value(stored.From, current.From, configured.From, MailSettingKeys.From),
            PasswordConfigured: !string.IsNullOrEmpty(configured.Smtp.Password),
            UsesSmtp: current.Smtp.HasHost,
            settings.TransportDescription);
    }

    private MailSettingValue Value(string? stored, string? inForce, string? configuredValue, string key) =>
        new(stored is null ? inForce : (stored.Length == 0 ? null : stored),
            stored is not null ? MailSettingSource.Database
                : string.IsNullOrWhiteSpace(configuration[key]) ? MailSettingSource.Default : MailSettingSource.Configuration,
            configuredValue);

    private static MailSettingsOverride Validate(MailSettingsInput input)
    {
        var errors = new List<AdminFieldError>();
        var host = input.Host?.Trim();
        if (!string.IsNullOrEmpty(host) && (host.Length > HostMaxLength || Uri.CheckHostName(host) == UriHostNameType.Unknown))
        {
            errors.Add(new(nameof(input.Host), $"Máy chủ SMTP (Host): '{host}' không phải tên máy hoặc địa chỉ IP (ví dụ mail.thads.gov.vn)."));
        }

        if (input.Port is { } port && port is < 1 or > 65535)
        {
            errors.Add(new(nameof(input.Port), $"Cổng (Port): {port} không hợp lệ; dùng số từ 1 đến 65535 (thường là 25, 465 hoặc 587)."));
        }

        MailSecurity? security = null;
        if (!string.IsNullOrWhiteSpace(input.Security))
        {
            if (MailSettingText.TryParseSecurity(input.Security, out var parsed))
            {
                security = parsed;
            }
            else
            {
                errors.Add(new(nameof(input.Security), $"Bảo mật kết nối (Security): '{input.Security}' không hợp lệ; chọn một trong: {string.Join(", ", MailSettingText.SecurityNames)}."));
            }
        }

        var user = string.IsNullOrWhiteSpace(input.User) ? null : input.User.Trim();
        if (user is { Length: > UserMaxLength })
        {
            errors.Add(new(nameof(input.User), $"Tên đăng nhập SMTP (User): dài tối đa {UserMaxLength} ký tự."));
        }

        var from = string.IsNullOrWhiteSpace(input.From) ? null : input.From.Trim();
        if (from is not null && !MailAddresses.TryParseMailbox(from, out _))
        {
            errors.Add(new(nameof(input.From), $"Người gửi (From): '{from}' không phải địa chỉ thư điện tử (ví dụ THADS Đà Nẵng <no-reply@thads.danang.gov.vn>)."));
        }

        if (errors.Count > 0)
        {
            throw new AdminValidationException(errors);
        }

        return new MailSettingsOverride(host, input.Port, security, user, from);
    }
}
