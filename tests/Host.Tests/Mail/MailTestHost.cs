using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Thads.Host.Database;
using Thads.Host.Mail;
using Thads.Host.Mail.Configuration;
using Thads.Host.Mail.Dispatch;
using Thads.Host.Mail.Outbox;
using Thads.Host.Startup;
using Thads.Host.Tests.Support;

namespace Thads.Host.Tests.Mail;

/// <summary>
/// The application's mail services as registered by <c>AddThadsMail</c>, on a real SQLite file in a fresh
/// temporary directory, with a manual clock. The background dispatcher is not started: tests drive
/// <see cref="MailDispatcher.DispatchDueAsync"/> themselves.
/// </summary>
internal sealed class MailTestHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(7));

    private readonly ServiceProvider _services;

    private MailTestHost(IReadOnlyDictionary<string, string?> settings)
    {
        TempDirectory = Path.Combine(Path.GetTempPath(), "thads-mail-tests-" + Guid.NewGuid().ToString("N"));
        var all = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            [DatabaseOptions.ConnectionStringKey] = $"Data Source={Path.Combine(TempDirectory, "data", "thads.db")}",
            [MailSettingKeys.PickupDirectory] = PickupDirectory,
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(all).Build());
        services.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddThadsDatabase();
        services.AddThadsMail();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public string TempDirectory { get; }

    public string PickupDirectory => Path.Combine(TempDirectory, "outbox");

    public ManualTimeProvider Clock { get; } = new(Start);

    public CapturingLoggerProvider Logs { get; } = new();

    public IMailOutbox Outbox => _services.GetRequiredService<IMailOutbox>();

    public IMailOutboxAdmin Admin => _services.GetRequiredService<IMailOutboxAdmin>();

    public MailDispatcher Dispatcher => _services.GetRequiredService<MailDispatcher>();

    public MailOptions Options => _services.GetRequiredService<IOptions<MailOptions>>().Value;

    public IServiceProvider Services => _services;

    /// <summary>Builds the services and runs the start-up tasks (data directory, outbox migration) as the host would.</summary>
    public static async Task<MailTestHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var host = new MailTestHost(settings ?? new Dictionary<string, string?>());
        await using var scope = host._services.CreateAsyncScope();
        foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>())
        {
            await task.RunAsync(CancellationToken.None);
        }

        return host;
    }

    /// <summary>One pass of the dispatcher at the manual clock's time.</summary>
    public Task<MailDispatchResult> DispatchAsync() => Dispatcher.DispatchDueAsync(Clock.GetUtcNow());

    public async Task<MailOutboxEntry> SingleEntryAsync()
    {
        var entries = (await Admin.ListPendingAsync()).Concat(await Admin.ListParkedAsync()).ToList();
        var sent = (await Admin.CountAsync()).Sent;
        return sent == 0 && entries.Count == 1
            ? entries[0]
            : throw new InvalidOperationException($"Expected exactly one unsent message, found {entries.Count} unsent and {sent} sent.");
    }

    /// <summary>Every outbox row as stored, oldest first.</summary>
    public async Task<IReadOnlyList<MailOutboxRow>> RowsAsync()
    {
        await using var db = await _services.GetRequiredService<IDbContextFactory<MailDbContext>>().CreateDbContextAsync();
        return await db.Outbox.AsNoTracking().OrderBy(row => row.Id).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        // SQLite keeps pooled connections (and so the file) open until the pools are cleared.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(TempDirectory))
        {
            Directory.Delete(TempDirectory, recursive: true);
        }
    }
}
