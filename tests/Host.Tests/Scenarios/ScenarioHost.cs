using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Data;
using Thads.Enforcement.Legal;
using Thads.Enforcement.Organisation;
using Thads.Host.Mail;
using Thads.Host.Mail.Configuration;
using Thads.Host.Startup;
using Thads.Host.Tests.Support;
using Thads.Workflows.Runtime;

namespace Thads.Host.Tests.Scenarios;

/// <summary>
/// The real application (every service as <c>ThadsWebApplication</c> composes it, SQLite file in a temporary
/// directory, standard processes deployed on start) with three test changes: one <see cref="ScenarioClock"/> for
/// the engine and the domain; no Quartz alarms and no mail dispatcher, so nothing happens on real time; and the
/// scenario drives time with <see cref="AdvanceAsync"/>, which fires what the scheduler would have fired.
/// </summary>
public sealed class ScenarioHost : IAsyncDisposable
{
    private readonly ThadsHostFactory _factory;

    private ScenarioHost(ThadsHostFactory factory, ScenarioClock clock)
    {
        _factory = factory;
        Clock = clock;
    }

    public ScenarioClock Clock { get; }

    public IServiceProvider Services => _factory.Services;

    public WorkflowEngine Engine => Services.GetRequiredService<WorkflowEngine>();

    public CaseService Cases => Services.GetRequiredService<CaseService>();

    public LegalRules Rules => Services.GetRequiredService<LegalRules>();

    public IDbContextFactory<ThadsDbContext> Contexts => Services.GetRequiredService<IDbContextFactory<ThadsDbContext>>();

    /// <summary>An anonymous HTTP client of the same host, for what anyone may read (the public register).</summary>
    public HttpClient CreateAnonymousClient() => _factory.CreateClient();

    public static async Task<ScenarioHost> StartAsync()
    {
        var clock = new ScenarioClock();
        // Never created: with the dispatcher removed nothing leaves the outbox table. Set anyway so that a change in
        // the composition could not write .eml files into the repository's data/outbox.
        var outbox = Path.Combine(Path.GetTempPath(), "thads-scenario-outbox-" + Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string>
        {
            [MailSettingKeys.PickupDirectory] = outbox,
            // The first-run demo organisation would share user names with ours; the scenarios bring their own people.
            ["Demo:Seed"] = "false",
        };
        var factory = new ThadsHostFactory(
            settings,
            services => ScenarioTime.Use(services, clock));
        _ = factory.Server;
        var status = await factory.WaitForStartupAsync();
        if (status != StartupStatus.Ready)
        {
            var log = string.Join(Environment.NewLine, factory.Logs.Entries.Select(e => $"{e.Level} {e.Category}: {e.Message} {e.Exception}"));
            await factory.DisposeAsync();
            throw new InvalidOperationException($"The scenario host did not start ({status}):{Environment.NewLine}{log}");
        }

        var host = new ScenarioHost(factory, clock);
        try
        {
            await ScenarioOrganisation.SeedAsync(host.Contexts);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    // ---- Time ----------------------------------------------------------------------------------------------

    /// <summary>Lets <paramref name="by"/> pass; see <see cref="ScenarioTime.AdvanceToAsync"/>.</summary>
    public Task AdvanceAsync(TimeSpan by) => Time.AdvanceAsync(by);

    public Task AdvanceToAsync(DateTimeOffset until) => Time.AdvanceToAsync(until);

    /// <summary>Fires every timer due now and sends the digests whose hour has come; returns how many timers fired.</summary>
    public Task<int> FireDueAsync() => Time.FireDueAsync();

    private ScenarioTime Time => new(Services, Clock);

    // ---- Work lists and processes --------------------------------------------------------------------------

    public async Task<InstanceSnapshot> StartAsync(string processKey, string businessKey, IReadOnlyDictionary<string, object?> variables, string actor)
    {
        var instance = await Engine.StartAsync(processKey, new StartOptions { BusinessKey = businessKey, Variables = variables, Actor = actor });
        await FireDueAsync();
        return instance;
    }

    /// <summary>Every open task of the case's processes (the main one and those it called), oldest first.</summary>
    public async Task<IReadOnlyList<UserTaskInfo>> OpenTasksAsync(string businessKey) =>
        (await Engine.QueryTasksAsync(new TaskQuery { Take = 1000 }))
            .Where(t => t.BusinessKey == businessKey)
            .OrderBy(t => t.CreatedAt)
            .ToList();

    /// <summary>The one open task at <paramref name="elementId"/>; fails the scenario, listing what is open, when there is none.</summary>
    public async Task<UserTaskInfo> TaskAsync(string businessKey, string elementId)
    {
        var open = await OpenTasksAsync(businessKey);
        var matching = open.Where(t => t.ElementId == elementId).ToList();
        Assert.True(
            matching.Count == 1,
            $"expected one open task '{elementId}' for {businessKey}, found {matching.Count}; open: {string.Join(", ", open.Select(t => t.ElementId))}; " +
            $"incidents: {string.Join(" | ", (await Engine.QueryIncidentsAsync()).Select(i => $"{i.ElementId}: {i.Message}"))}");
        return matching[0];
    }

    /// <summary>Completes a task as <paramref name="actor"/>, then fires whatever became due (a boundary timer already past).</summary>
    public async Task<InstanceSnapshot> CompleteAsync(UserTaskInfo task, string actor, IReadOnlyDictionary<string, object?> values)
    {
        var instance = await Engine.CompleteTaskAsync(task.Id, values, actor);
        await FireDueAsync();
        return instance;
    }

    public async Task<IReadOnlyList<InstanceSummary>> InstancesAsync(string businessKey) =>
        (await Engine.QueryInstancesAsync(new InstanceQuery { BusinessKey = businessKey, Take = 1000 })).OrderBy(i => i.StartedAt).ToList();

    public async Task<InstanceSnapshot> InstanceAsync(Guid id) =>
        await Engine.GetInstanceAsync(id) ?? throw new InvalidOperationException($"No instance {id}.");

    /// <summary>The elements an instance completed, in order (end events included).</summary>
    public async Task<IReadOnlyList<string>> CompletedElementsAsync(Guid instanceId) =>
        (await Engine.GetJournalAsync(instanceId))
            .Where(e => e.Type == WorkflowEventTypes.ActivityCompleted && e.ElementId is not null)
            .Select(e => e.ElementId!)
            .ToList();

    public static string? Text(InstanceSnapshot instance, string variable) =>
        instance.Variables.GetValueOrDefault(variable) is JsonValue value ? value.ToString() : null;

    // ---- What the scenario asserts on ----------------------------------------------------------------------

    /// <summary>The alerts raised on a case: rule and day, in the order raised.</summary>
    public async Task<IReadOnlyList<(string Rule, DateOnly Day)>> AlertsAsync(string caseKey)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return (await db.Alerts.AsNoTracking().Where(a => a.CaseKey == caseKey).ToListAsync())
            .OrderBy(a => a.RaisedAt)
            .Select(a => (a.Rule, a.Day))
            .ToList();
    }

    /// <summary>Every mail in the outbox: with the dispatcher removed, all of it is still waiting there.</summary>
    public async Task<IReadOnlyList<(string To, string Subject)>> MailsAsync()
    {
        var outbox = Services.GetRequiredService<IMailOutboxAdmin>();
        var counts = await outbox.CountAsync();
        Assert.Equal((0, 0), (counts.Sent, counts.Parked));
        return (await outbox.ListPendingAsync(1000)).OrderBy(m => m.Id).Select(m => (string.Join(", ", m.To), m.Subject)).ToList();
    }

    /// <summary>A fresh copy of the case with everything in it.</summary>
    public async Task<EnforcementCase> CaseAsync(int caseId) =>
        await Cases.GetAsync(caseId) ?? throw new InvalidOperationException($"No case {caseId}.");

    public async Task<Unit> UnitAsync(string code)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.Units.AsNoTracking().SingleAsync(u => u.Code == code);
    }

    public async Task<StaffMember> StaffAsync(string userName)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.Staff.AsNoTracking().SingleAsync(s => s.UserName == userName);
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
