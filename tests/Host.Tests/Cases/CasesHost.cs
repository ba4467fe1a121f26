using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Data;
using Thads.Enforcement.Demo;
using Thads.Host.Accounts;
using Thads.Host.Startup;
using Thads.Host.Tests.Accounts;
using Thads.Host.Tests.Support;
using Thads.Workflows.Runtime;

namespace Thads.Host.Tests.Cases;

/// <summary>
/// The application with the demo organisation and accounts (as <see cref="Api.ApiHost"/>), signed-in browsers per
/// user, and helpers that open cases the way the intake page does; subclasses change settings (a small upload limit,
/// a scanner, a process that cannot start).
/// </summary>
public class CasesHost : IAsyncLifetime
{
    private readonly Dictionary<string, BrowserSession> _sessions = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _lock = new(1, 1);

    public CasesHost()
    {
        var settings = new Dictionary<string, string>
        {
            [DemoOptions.SeedKey] = "true",
            [DemoOptions.InitialPasswordKey] = AccountsHost.InitialPassword,
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        Factory = new ThadsHostFactory(settings);
    }

    public ThadsHostFactory Factory { get; }

    public IServiceProvider Services => Factory.Services;

    public WorkflowEngine Engine => Services.GetRequiredService<WorkflowEngine>();

    public CaseService Cases => Services.GetRequiredService<CaseService>();

    /// <summary>Where the SQLite file lives; attachments go to its <c>files</c> folder.</summary>
    public string DataDirectory => Path.Combine(Factory.TempDirectory, "data");

    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    public BrowserSession Anonymous() => NewBrowser();

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

    /// <summary>A request against a debtor, registered in <paramref name="unitCode"/> with its process started, as the intake page does.</summary>
    public async Task<int> OpenCaseAsync(string number, string unitCode = DemoOrganisation.Province)
    {
        var intake = new CaseIntake(
            unitCode, number, IntakePath.OnRequest, JudgmentType.Civil,
            "Tòa án nhân dân khu vực 1 – Đà Nẵng", "25/2026/DS-ST", new DateOnly(2026, 1, 15),
            [
                new PartyInput(PartyRole.Creditor, PartyKind.Person, "Nguyễn Thị Hoa") { IdNumber = "001190012345", Address = "Hải Châu, Đà Nẵng" },
                new PartyInput(PartyRole.Debtor, PartyKind.Person, "Trần Văn Nợ") { IdNumber = "001085067890", Address = "Thanh Khê, Đà Nẵng" },
            ],
            [
                new ObligationInput(ObligationKind.CourtFee, "Án phí dân sự sơ thẩm", 1_500_000, DebtorIndex: 1),
                new ObligationInput(ObligationKind.Private, "Trả nợ tiền vay", 50_000_000, DebtorIndex: 1) { CreditorIndex = 0 },
            ])
        {
            JudgmentEffectiveDate = new DateOnly(2026, 2, 16),
            RequestReceivedOn = new DateOnly(2026, 2, 27),
            RequesterName = "Nguyễn Thị Hoa",
        };
        var opened = await Services.GetRequiredService<Host.Cases.Intake.CaseOpener>().OpenAsync(intake, DemoOrganisation.Intake, CancellationToken.None);
        return opened.Case.Id;
    }

    /// <summary>Issues the enforcement decision and assigns <paramref name="executor"/> (domain only; the process is not advanced).</summary>
    public async Task AssignAsync(int caseId, string executor)
    {
        await Cases.IssueDecisionAsync(caseId, $"{caseId}/QĐ-CTHADS", new DateOnly(2026, 3, 2), "Nguyễn Văn Trường, Trưởng", DemoOrganisation.Head);
        await Cases.AssignExecutorAsync(caseId, executor, null, DemoOrganisation.Head);
    }

    public async Task<UserTaskInfo> OpenTaskAsync(string number, string elementId)
    {
        var tasks = await Engine.QueryTasksAsync(new TaskQuery { Take = int.MaxValue });
        return tasks.Single(t => t.BusinessKey == number && t.ElementId == elementId && t.Status == UserTaskStatus.Open);
    }

    public async Task<T> QueryAsync<T>(Func<ThadsDbContext, Task<T>> query)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<ThadsDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public async Task<int> UnitIdAsync(string code) => await QueryAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    public async Task InitializeAsync()
    {
        _ = Factory.Server;
        var status = await Factory.WaitForStartupAsync();
        if (status != StartupStatus.Ready)
        {
            throw new InvalidOperationException("The host did not start: " +
                string.Join(Environment.NewLine, Factory.Logs.Entries.Select(e => $"{e.Level} {e.Category}: {e.Message} {e.Exception}")));
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var session in _sessions.Values)
        {
            session.Dispose();
        }

        await Factory.DisposeAsync();
    }

    private BrowserSession NewBrowser() =>
        new(Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Asserts the status, showing the body when it differs (the error page says why).</summary>
    public static async Task ExpectAsync(HttpStatusCode expected, HttpResponseMessage response)
    {
        if (response.StatusCode != expected)
        {
            Assert.Fail($"Expected {expected}, got {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
