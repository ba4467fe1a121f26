using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Thads.Host.Database;
using Thads.Host.Mail.Composition;
using Thads.Host.Mail.Configuration;
using Thads.Host.Mail.Dispatch;
using Thads.Host.Mail.Outbox;
using Thads.Host.Mail.Transport;
using Thads.Host.Startup;

namespace Thads.Host.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>
    /// Outgoing mail: validated <see cref="MailOptions"/>, the durable <see cref="IMailOutbox"/> with its
    /// <see cref="IMailOutboxAdmin"/>, the transport (SMTP, or .eml files when no host is set), the start-up task
    /// that migrates <c>mail_outbox</c>, and the background dispatcher. Call after <c>AddThadsDatabase</c>.
    /// </summary>
    public static IServiceCollection AddThadsMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<MailOptions>, MailOptionsSetup>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MailOptions>, MailOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddDbContextFactory<MailDbContext>((sp, builder) =>
            MailDatabase.Configure(builder, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        services.AddStartupTask<MailOutboxStartupTask>();

        services.TryAddSingleton<MailDispatchSignal>();
        services.TryAddSingleton<MailMessageBuilder>();
        services.TryAddSingleton(sp => MailTransportFactory.Create(
            sp.GetRequiredService<IOptions<MailOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>(),
            Directory.GetCurrentDirectory()));
        services.TryAddSingleton<IMailOutbox, MailOutbox>();
        services.TryAddSingleton<IMailOutboxAdmin, MailOutboxAdmin>();
        services.TryAddSingleton<MailDispatcher>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, MailDispatcherService>());
        return services;
    }
}
