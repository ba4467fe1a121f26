using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Thads.Host.Database;
using Thads.Host.Mail.Composition;
using Thads.Host.Mail.Configuration;
using Thads.Host.Mail.Dispatch;
using Thads.Host.Mail.Outbox;
using Thads.Host.Mail.Settings;
using Thads.Host.Mail.Transport;
using Thads.Host.Startup;

namespace Thads.Host.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>
    /// Outgoing mail: validated <see cref="MailOptions"/>, the durable <see cref="IMailOutbox"/> with its
    /// <see cref="IMailOutboxAdmin"/>, the transport (SMTP, or .eml files when no host is set), the start-up tasks
    /// that migrate <c>mail_outbox</c> and put the stored settings (<see cref="EffectiveMailSettings"/>) in force, and the background dispatcher. Call after <c>AddThadsDatabase</c>.
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

        services.AddStartupTask<MailSettingsStartupTask>();

        services.TryAddSingleton<MailDispatchSignal>();
        // Configuration with the administrators' stored settings on top; the builder and the dispatcher read it as
        // their IOptions<MailOptions>, so a change applies to the next message.
        services.TryAddSingleton(sp => new EffectiveMailSettings(
            sp.GetRequiredService<IOptions<MailOptions>>().Value,
            options => MailTransportFactory.Create(
                options,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILoggerFactory>(),
                Directory.GetCurrentDirectory())));
        services.TryAddSingleton<MailSettingsStore>();
        services.TryAddSingleton(sp => new MailMessageBuilder(sp.GetRequiredService<EffectiveMailSettings>()));
        services.TryAddSingleton<IMailTransport>(sp => new ConfiguredMailTransport(sp.GetRequiredService<EffectiveMailSettings>()));
        services.TryAddSingleton<IMailOutbox, MailOutbox>();
        services.TryAddSingleton<IMailOutboxAdmin, MailOutboxAdmin>();
        services.TryAddSingleton(sp => new MailDispatcher(
            sp.GetRequiredService<IDbContextFactory<MailDbContext>>(),
            sp.GetRequiredService<IMailTransport>(),
            sp.GetRequiredService<MailMessageBuilder>(),
            sp.GetRequiredService<EffectiveMailSettings>(),
            sp.GetRequiredService<ILogger<MailDispatcher>>()));
        services.TryAddSingleton(sp => new MailSettingsEditor(sp.GetRequiredService<MailSettingsStore>(), sp.GetRequiredService<EffectiveMailSettings>()));
        services.TryAddSingleton(sp => new MailDispatchNow(sp.GetRequiredService<MailDispatcher>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, MailDispatcherService>());
        return services;
    }
}
