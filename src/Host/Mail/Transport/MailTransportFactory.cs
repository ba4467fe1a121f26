using Thads.Host.Mail.Configuration;

namespace Thads.Host.Mail.Transport;

/// <summary>The one place that chooses between SMTP and the pickup directory, for the application and the CLI alike.</summary>
internal static class MailTransportFactory
{
    /// <param name="currentDirectory">Where a relative <c>Mail:PickupDirectory</c> is taken from.</param>
    public static IMailTransport Create(MailOptions options, TimeProvider time, ILoggerFactory loggers, string currentDirectory) =>
        options.Smtp.HasHost
            ? new SmtpMailTransport(options.Smtp, loggers.CreateLogger<SmtpMailTransport>())
            // The current directory, not the content root: data/ should appear where the operator started the app.
            : new PickupDirectoryTransport(Path.GetFullPath(options.PickupDirectory, currentDirectory), time);
}
