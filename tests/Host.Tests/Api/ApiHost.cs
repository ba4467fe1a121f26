using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Data;
using Thads.Enforcement.Demo;
using Thads.Host.Tests.Accounts;
using Thads.Workflows.Runtime;

namespace Thads.Host.Tests.Api;

/// <summary>
/// The application with the demo organisation and accounts (<see cref="AccountsHost"/>), one signed-in session per
/// user (initial password changed once), and helpers that register a case in DN and start <c>thads-enforcement</c>
/// for it, as the intake page will.
/// </summary>
public sealed class ApiHost : IAsyncLifetime
{
    private readonly AccountsHost _accounts = new();
    private readonly Dictionary<string, BrowserSession> _sessions = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _lock = new(1, 1);

    public IServiceProvider Services => _accounts.Factory.Services;

    public Support.ThadsHostFactory Factory => _accounts.Factory;

    public WorkflowEngine Engine => Services.GetRequiredService<WorkflowEngine>();

    public BrowserSession Anonymous() => _accounts.NewBrowser();

    public async Task<HttpClient> AsAsync(string userName) => (await BrowserAsync(userName)).Client;

    /// <summary>The user's signed-in session (the same one <see cref="AsAsync"/> uses), for pages with forms.</summary>
    public async Task<BrowserSession> BrowserAsync(string userName)
    {
        await _lock.WaitAsync();
        try
        {
            if (!_sessions.TryGetValue(userName, out var session))
            {
                session = _accounts.NewBrowser();
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

    /// <summary>Registers a request against a debtor in DN and starts the main process; returns the case id.</summary>
    public async Task<int> OpenCaseAsync(string number)
    {
        var intake = new CaseIntake(
            DemoOrganisation.Province, number, IntakePath.OnRequest, JudgmentType.Civil,
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
        var registered = await Services.GetRequiredService<CaseService>().RegisterAsync(intake, DemoOrganisation.Intake);
        await Engine.StartAsync("thads-enforcement", new StartOptions
        {
            BusinessKey = number,
            Actor = DemoOrganisation.Intake,
            Variables = new Dictionary<string, object?>
            {
                ["caseId"] = registered.Id, ["caseNumber"] = number, ["unitCode"] = DemoOrganisation.Province, ["amount"] = 51_500_000L,
            },
        });
        return registered.Id;
    }

    public async Task<UserTaskInfo> OpenTaskAsync(string number, string elementId)
    {
        var tasks = await Engine.QueryTasksAsync(new TaskQuery { Take = int.MaxValue });
        return tasks.Single(t => t.BusinessKey == number && t.ElementId == elementId);
    }

    public async Task<int> UnitIdAsync(string code)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<ThadsDbContext>>().CreateDbContextAsync();
        return await db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
    }

    /// <summary>The intake form as a correct submission for the case <see cref="OpenCaseAsync"/> registered.</summary>
    public static JsonObject ValidIntake() => new()
    {
        ["intakePath"] = "theo-don",
        ["receivedDate"] = "2026-02-27",
        ["judgmentNumber"] = "25/2026/DS-ST",
        ["judgmentDate"] = "2026-01-15",
        ["judgmentEffectiveDate"] = "2026-02-16",
        ["court"] = "Tòa án nhân dân khu vực 1 – Đà Nẵng",
        ["requesterName"] = "Nguyễn Thị Hoa",
        ["debtorName"] = "Trần Văn Nợ",
        ["obligationKind"] = "tra-tien-tai-san",
        ["amount"] = 51_500_000,
        ["accepted"] = true,
    };

    public static async Task<JsonObject> JsonAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    public Task InitializeAsync() => _accounts.InitializeAsync();

    public async Task DisposeAsync()
    {
        foreach (var session in _sessions.Values)
        {
            session.Dispose();
        }

        await _accounts.DisposeAsync();
    }
}
