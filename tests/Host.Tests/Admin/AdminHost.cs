using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Thads.Enforcement.Cases.Audit;
using Thads.Enforcement.Data;
using Thads.Enforcement.Demo;
using Thads.Host.Accounts;
using Thads.Host.Startup;
using Thads.Host.Tests.Accounts;
using Thads.Host.Tests.Support;

namespace Thads.Host.Tests.Admin;

/// <summary>
/// The application with the demo organisation and accounts, its mail going to a real SMTP server (aiosmtpd) on
/// 127.0.0.1, and signed-in sessions per user. A message that cannot reach the server is parked after one attempt, so
/// tests can park one by pointing the settings at a closed port. Shared by the administration tests
/// (<see cref="AdminCollection"/>), which run one after another because mail settings are global.
/// </summary>
public sealed class AdminHost : IAsyncLifetime
{
    /// <summary>A regional office's administrator, created through the API by the province's administrator.</summary>
    public const string RegionalAdministrator = "quantri.kv1";

    private readonly Dictionary<string, BrowserSession> _sessions = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _lock = new(1, 1);
    private ThadsHostFactory? _factory;

    public SmtpServerFixture Smtp { get; } = new();

    public ThadsHostFactory Factory => _factory ?? throw new InvalidOperationException("Not started.");

    public IServiceProvider Services => Factory.Services;

    public BrowserSession NewBrowser() =>
        new(Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>A session of <paramref name="userName"/> (a demo account or <see cref="RegionalAdministrator"/>) with the initial password changed.</summary>
    public async Task<BrowserSession> BrowserAsync(string userName)
    {
        // The regional administrator is created by the province's administrator, whose session is taken first (outside the lock).
        var creator = userName == RegionalAdministrator ? await BrowserAsync(DemoOrganisation.Administrator) : null;
        await _lock.WaitAsync();
        try
        {
            if (!_sessions.TryGetValue(userName, out var session))
            {
                session = creator is not null ? await CreateRegionalAdministratorAsync(creator.Client) : NewBrowser();
                if (userName != RegionalAdministrator)
                {
                    await session.SignInAndChangePasswordAsync(userName);
                }

                _sessions[userName] = session;
            }

            return session;
        }
        finally
        {
            _lock.Release();
        }
    }

    public async Task<HttpClient> AsAsync(string userName) => (await BrowserAsync(userName)).Client;

    /// <summary>Signs in with an initial password shown by the administration and replaces it, as the new user would.</summary>
    public async Task<BrowserSession> SignInFirstTimeAsync(string userName, string initialPassword)
    {
        var browser = NewBrowser();
        var login = await browser.LoginAsync(userName, initialPassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var change = await browser.ChangePasswordAsync(initialPassword, AccountsHost.NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        return browser;
    }

    public async Task<int> UnitIdAsync(string code)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
    }

    public async Task<int> StaffIdAsync(string userName)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.Staff.Where(s => s.UserName == userName).Select(s => s.Id).SingleAsync();
    }

    /// <summary>Audit rows of the main trail, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> AuditAsync(string entity, string entityId)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.Audit.AsNoTracking().Where(a => a.Entity == entity && a.EntityId == entityId).OrderByDescending(a => a.Id).ToListAsync();
    }

    public async Task<Account?> AccountAsync(string userName)
    {
        using var scope = Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Users.AsNoTracking().SingleOrDefaultAsync(a => a.UserName == userName);
    }

    public IDbContextFactory<ThadsDbContext> Contexts => Services.GetRequiredService<IDbContextFactory<ThadsDbContext>>();

    public static async Task<JsonObject> JsonAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    public static IReadOnlyList<string> ErrorFields(JsonObject problem) =>
        problem["errors"]!.AsObject().Select(e => e.Key).ToList();

    public async Task InitializeAsync()
    {
        await Smtp.InitializeAsync();
        var settings = new Dictionary<string, string>
        {
            [DemoOptions.SeedKey] = "true",
            [DemoOptions.InitialPasswordKey] = AccountsHost.InitialPassword,
            ["Mail:Retry:MaxAttemptsUnreachable"] = "1",
            ["Mail:From"] = "THADS Workflow <no-reply@thads.example.vn>",
        };
        foreach (var (key, value) in Smtp.MailSettings())
        {
            settings[key] = value!;
        }

        _factory = new ThadsHostFactory(settings);
        _ = _factory.Server;
        var status = await _factory.WaitForStartupAsync();
        if (status != StartupStatus.Ready)
        {
            throw new InvalidOperationException("The host did not start: " +
                string.Join(Environment.NewLine, _factory.Logs.Entries.Select(e => $"{e.Level} {e.Category}: {e.Message} {e.Exception}")));
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var session in _sessions.Values)
        {
            session.Dispose();
        }

        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await Smtp.DisposeAsync();
    }

    private async Task<BrowserSession> CreateRegionalAdministratorAsync(HttpClient province)
    {
        var created = await province.PostAsJsonAsync("/api/admin/users", new
        {
            userName = RegionalAdministrator,
            fullName = "Trần Quản Khu Vực",
            email = "quantri.kv1@thads.example.vn",
            unitId = await UnitIdAsync(DemoOrganisation.RegionalOffice1),
            roles = new[] { "Administrator" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var password = (await JsonAsync(created))["initialPassword"]!.GetValue<string>();
        return await SignInFirstTimeAsync(RegionalAdministrator, password);
    }
}
