using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Thads.Enforcement.Alerts;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Data;
using Thads.Enforcement.Demo;
using Thads.Enforcement.Organisation;
using Thads.Host.Calendar;
using Thads.Host.Cases;
using Thads.Host.Database;
using Thads.Host.Startup;
using Thads.Workflows.Runtime;

namespace Thads.Host.Cli.Workflow;

/// <summary>
/// What <c>workflow run</c> gives the THADS activities: a throw-away SQLite database with the seeded calendar,
/// the demo organisation and one demo case with its enforcement decision, the domain services on the run's
/// virtual time, and the right person for each task (a leader approves, an executor verifies). Deleted after
/// the run.
/// </summary>
internal sealed class DomainSandbox : IAsyncDisposable
{
    private readonly string _directory;
    private readonly ServiceProvider _services;

    private DomainSandbox(string directory, ServiceProvider services, EnforcementCase demoCase)
    {
        _directory = directory;
        _services = services;
        DemoCase = demoCase;
    }

    public IServiceProvider Services => _services;

    public EnforcementCase DemoCase { get; }

    /// <summary>The variables a standard process starts with for the demo case.</summary>
    public JsonObject Variables => new()
    {
        ["caseId"] = DemoCase.Id,
        ["caseNumber"] = DemoCase.CaseNumber,
        ["unitCode"] = DemoOrganisation.Province,
    };

    public static async Task<DomainSandbox> CreateAsync(IWorkflowClock clock, TextWriter log, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("thads-run-").FullName;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [DatabaseOptions.ConnectionStringKey] = $"Data Source={Path.Combine(directory, "sandbox.db")}" })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new VirtualTimeProvider(clock));
        services.AddThadsDatabase();
        services.AddThadsCalendar();
        services.AddThadsCases();
        services.TryAddSingleton<LeaderDirectory>();
        services.AddSingleton<IAlertMailer>(new TraceAlertMailer(log));
        services.TryAddSingleton<AlertService>();
        var provider = services.BuildServiceProvider();
        await StartupTasks.RunAllAsync(provider, cancellationToken);

        await DemoOrganisation.SeedAsync(provider.GetRequiredService<IDbContextFactory<ThadsDbContext>>(), cancellationToken);
        var demoCase = await RegisterDemoCaseAsync(provider.GetRequiredService<CaseService>(), DateOnly.FromDateTime(clock.Now.DateTime), cancellationToken);
        return new DomainSandbox(directory, provider, demoCase);
    }

    /// <summary>The person a task is completed by: its assignee, else the demo person of its role.</summary>
    public static string ActorFor(UserTaskInfo task) => task.Assignee ?? task.CandidateRole switch
    {
        "leader" => DemoOrganisation.Head,
        "executor" => DemoOrganisation.ExecutorAn,
        "intake" => DemoOrganisation.Intake,
        "statistician" => DemoOrganisation.Statistician,
        "accountant" => DemoOrganisation.Accountant,
        _ => DemoOrganisation.Head,
    };

    private static async Task<EnforcementCase> RegisterDemoCaseAsync(CaseService cases, DateOnly today, CancellationToken cancellationToken)
    {
        var intake = new CaseIntake(
            DemoOrganisation.Province,
            $"01/{today.Year}/QĐ-THADS",
            IntakePath.OnRequest,
            JudgmentType.Civil,
            "Tòa án nhân dân khu vực 1 – Đà Nẵng",
            $"12/{today.Year}/DS-ST",
            today.AddDays(-60),
            [
                new PartyInput(PartyRole.Creditor, PartyKind.Person, "Nguyễn Thị Hoa") { Address = "Hải Châu, Đà Nẵng" },
                new PartyInput(PartyRole.Debtor, PartyKind.Person, "Trần Văn Nợ") { Address = "Thanh Khê, Đà Nẵng" },
            ],
            [new ObligationInput(ObligationKind.Private, "Trả nợ theo bản án", 150_000_000, DebtorIndex: 1) { CreditorIndex = 0 }])
        {
            JudgmentEffectiveDate = today.AddDays(-30),
            RequestReceivedOn = today.AddDays(-3),
            RequesterName = "Nguyễn Thị Hoa",
        };
        var registered = await cases.RegisterAsync(intake, DemoOrganisation.Intake, cancellationToken);
        return await cases.IssueDecisionAsync(registered.Id, $"01/{today.Year}/QĐ-THADS", today, DemoOrganisation.Head, DemoOrganisation.Head, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
