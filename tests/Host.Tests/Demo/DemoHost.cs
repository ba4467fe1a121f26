using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Thads.Enforcement.Data;
using Thads.Host.Accounts;
using Thads.Host.Database;
using Thads.Host.Demo;
using Thads.Host.Startup;
using Thads.Host.Tests.Accounts;
using Thads.Host.Tests.Support;
using Thads.Workflows.Runtime;

namespace Thads.Host.Tests.Demo;

/// <summary>
/// The application's first run with the demo data on (organisation, accounts, demo cases), then a second start on the
/// same database file, which the tests use: what the first start wrote, and whether the second added anything.
/// Shared by the demo and dashboard tests (seeding takes seconds).
/// </summary>
public sealed class DemoHost : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "thads-demo-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, BrowserSession> _sessions = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _lock = new(1, 1);

    /// <summary>The second start; the tests' host.</summary>
    public ThadsHostFactory Factory { get; private set; } = null!;

    /// <summary>What the first start logged.</summary>
    public IReadOnlyList<LogEntry> FirstStartLog { get; private set; } = [];

    public (int Cases, int Instances, int Tasks, int Staff) AfterFirstStart { get; private set; }

    public (int Cases, int Instances, int Tasks, int Staff) AfterSecondStart { get; private set; }

    public DateTimeOffset FirstStartAt { get; private set; }

    public IServiceProvider Services => Factory.Services;

    public async Task InitializeAsync()
    {
        FirstStartAt = DateTimeOffset.UtcNow;
        var first = await StartAsync();
        FirstStartLog = first.Logs.Entries.ToList();
        AfterFirstStart = await CountAsync(first);
        await first.DisposeAsync();
        SqliteConnection.ClearAllPools();

        Factory = await StartAsync();
        AfterSecondStart = await CountAsync(Factory);
    }

    public BrowserSession NewBrowser() =>
        new(Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>A signed-in session of a demo account (initial password changed once), kept for the fixture's life.</summary>
    public async Task<BrowserSession> AsAsync(string userName)
    {
        await _lock.WaitAsync();
        try
        {
            if (!_sessions.TryGetValue(userName, out var session))
            {
                session = NewBrowser();
                await session.SignInAndChangePasswordAsync(userName);
                _sessions[userName] = session;
            }

            return session;
        }
        finally
        {
            _lock.Release();
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var session in _sessions.Values)
        {
            session.Dispose();
        }

        if (Factory is not null)
        {
            await Factory.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private async Task<ThadsHostFactory> StartAsync()
    {
        var host = new ThadsHostFactory(
            new Dictionary<string, string>
            {
                [DatabaseOptions.ConnectionStringKey] = $"Data Source={Path.Combine(_directory, "thads.db")}",
                [DemoOptions.SeedKey] = "true",
                [DemoCasesOptions.CasesKey] = "true",
                [DemoOptions.InitialPasswordKey] = AccountsHost.InitialPassword,
            },
            temporaryDatabase: false);
        _ = host.Server;
        var status = await host.Readiness.WhenFinished.WaitAsync(TimeSpan.FromMinutes(3));
        if (status != StartupStatus.Ready)
        {
            var log = string.Join(Environment.NewLine, host.Logs.Entries.Select(e => $"{e.Level} {e.Category}: {e.Message} {e.Exception}"));
            await host.DisposeAsync();
            throw new InvalidOperationException($"The demo host did not start ({status}):{Environment.NewLine}{log}");
        }

        return host;
    }

    private static async Task<(int, int, int, int)> CountAsync(ThadsHostFactory host)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<ThadsDbContext>>().CreateDbContextAsync();
        var engine = host.Services.GetRequiredService<WorkflowEngine>();
        var instances = await engine.QueryInstancesAsync(new InstanceQuery { Take = int.MaxValue });
        var tasks = await engine.QueryTasksAsync(new TaskQuery { OpenOnly = false, Take = int.MaxValue });
        return (await db.Cases.CountAsync(), instances.Count, tasks.Count, await db.Staff.CountAsync());
    }
}
