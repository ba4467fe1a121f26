using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Thads.Activities;
using Thads.Enforcement.Alerts;
using Thads.Enforcement.Calendar;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Data;
using Thads.Enforcement.Legal;
using Thads.Enforcement.Organisation;
using Thads.Host.Database;
using Thads.Workflows.Persistence;
using Thads.Workflows.Runtime;

namespace Thads.Host.Demo;

/// <summary>
/// The application's real case service, alerts and workflow engine on the application database, but on a
/// <see cref="DemoClock"/> that the demo driver moves through the past. Time passes as the production scheduler would
/// see it: moving the clock fires every timer that comes due on the way, at its own time (see <see cref="AdvanceToAsync"/>).
/// </summary>
/// <remarks>
/// A second engine instance on the same tables: it must run while nothing else moves timers, i.e. before the
/// scheduler starts (start-up) or in a command-line process without one.
/// </remarks>
public sealed class DemoWorld
{
    private DateOnly _digestsSentOn;

    private DemoWorld(DemoClock clock, WorkflowEngine engine, CaseService cases, AlertService alerts, LegalRules rules, WorkingDayCalendar calendar, IDbContextFactory<ThadsDbContext> contexts)
    {
        Clock = clock;
        Engine = engine;
        Cases = cases;
        Alerts = alerts;
        Rules = rules;
        Calendar = calendar;
        Contexts = contexts;
    }

    public DemoClock Clock { get; }

    public WorkflowEngine Engine { get; }

    public CaseService Cases { get; }

    public AlertService Alerts { get; }

    public LegalRules Rules { get; }

    public WorkingDayCalendar Calendar { get; }

    public IDbContextFactory<ThadsDbContext> Contexts { get; }

    /// <summary>Builds the world from the application's services; <paramref name="start"/> is the earliest moment it will write.</summary>
    public static DemoWorld Create(IServiceProvider services, DateTimeOffset start)
    {
        var clock = new DemoClock(start);
        var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var contexts = new DemoDatabase(database.ConnectionString);
        var cases = new CaseService(contexts, clock);
        var alerts = new AlertService(contexts, new LeaderDirectory(contexts), new HistoryAlertMailer(), clock);
        var engine = new WorkflowEngineBuilder()
            .UseDatabase(WorkflowDatabase.Sqlite(database.ConnectionString))
            .UseClock(clock)
            .UseCalendar(services.GetRequiredService<IWorkingDayCalendar>())
            .UseActivities(ThadsActivityCatalog.CreateRegistry())
            .UseServices(new DemoActivityServices(services, clock, cases, alerts))
            .Build();
        return new DemoWorld(clock, engine, cases, alerts, services.GetRequiredService<LegalRules>(), services.GetRequiredService<WorkingDayCalendar>(), contexts);
    }

    /// <summary>Creates or migrates the engine's tables and deploys the standard processes (a no-op when they are there), for tools without the web host.</summary>
    public async Task PrepareEngineAsync(CancellationToken cancellationToken)
    {
        await Engine.InitializeAsync(cancellationToken);
        foreach (var (fileName, xml) in Thads.Workflows.Standard.StandardProcesses.Files())
        {
            var result = await Engine.DeployAsync(xml, fileName, "system", cancellationToken);
            if (!result.IsValid)
            {
                throw new InvalidOperationException($"The standard process {fileName} does not deploy: {string.Join("; ", result.Problems)}");
            }
        }
    }

    /// <summary>
    /// Lets time pass up to <paramref name="until"/>: stops at each timer's due time and fires it there (again while a
    /// fired path set one already due), then sends the digests that came due, as the scheduler and digest job do.
    /// </summary>
    public async Task AdvanceToAsync(DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        while (await Engine.NextTimerDueAsync(cancellationToken) is { } next && next <= until)
        {
            Clock.MoveTo(next);
            if (await FireDueAsync(cancellationToken) == 0)
            {
                throw new InvalidOperationException($"A timer due at {next:O} does not fire; the demo history would loop forever.");
            }
        }

        Clock.MoveTo(until);
        await FireDueAsync(cancellationToken);
        if (Clock.Today != _digestsSentOn)
        {
            // Digests go out once a day; asking once per demo day is enough for them to carry that day's date.
            await Alerts.SendDueDigestsAsync(cancellationToken);
            _digestsSentOn = Clock.Today;
        }
    }

    /// <summary>Fires every timer due now; returns how many fired.</summary>
    public async Task<int> FireDueAsync(CancellationToken cancellationToken = default)
    {
        var total = 0;
        for (var fired = await Engine.FireDueTimersAsync(cancellationToken: cancellationToken); fired > 0; fired = await Engine.FireDueTimersAsync(cancellationToken: cancellationToken))
        {
            total += fired;
        }

        return total;
    }

    public async Task<InstanceSnapshot> StartAsync(string processKey, string businessKey, IReadOnlyDictionary<string, object?> variables, string actor, CancellationToken cancellationToken = default)
    {
        var instance = await Engine.StartAsync(processKey, new StartOptions { BusinessKey = businessKey, Variables = variables, Actor = actor }, cancellationToken);
        await FireDueAsync(cancellationToken);
        return instance;
    }

    /// <summary>The one open task at <paramref name="elementId"/> in the processes of <paramref name="businessKey"/>.</summary>
    public async Task<UserTaskInfo> TaskAsync(string businessKey, string elementId, CancellationToken cancellationToken = default)
    {
        var instances = await Engine.QueryInstancesAsync(new InstanceQuery { BusinessKey = businessKey, Status = InstanceStatus.Running, Take = 100 }, cancellationToken);
        var open = new List<UserTaskInfo>();
        foreach (var instance in instances)
        {
            open.AddRange(await Engine.QueryTasksAsync(new TaskQuery { InstanceId = instance.Id, Take = 100 }, cancellationToken));
        }

        var matching = open.Where(t => t.ElementId == elementId).ToList();
        if (matching.Count != 1)
        {
            var incidents = string.Join(" | ", (await Engine.QueryIncidentsAsync(cancellationToken: cancellationToken))
                .Where(i => instances.Any(x => x.Id == i.InstanceId)).Select(i => $"{i.ElementId}: {i.Message}"));
            throw new InvalidOperationException(
                $"Demo case {businessKey} at {Clock.Now:yyyy-MM-dd HH:mm}: expected one open task '{elementId}', found {matching.Count}; " +
                $"open: {string.Join(", ", open.Select(t => t.ElementId))}; incidents: {incidents}");
        }

        return matching[0];
    }

    /// <summary>Completes the case's open task at <paramref name="elementId"/> as <paramref name="actor"/>, then fires what became due.</summary>
    public async Task CompleteAsync(string businessKey, string elementId, string actor, IReadOnlyDictionary<string, object?> values, CancellationToken cancellationToken = default)
    {
        var task = await TaskAsync(businessKey, elementId, cancellationToken);
        await Engine.CompleteTaskAsync(task.Id, values, actor, cancellationToken);
        await FireDueAsync(cancellationToken);
    }

    /// <summary>The last working day on or before <paramref name="date"/>.</summary>
    public DateOnly WorkingDayOnOrBefore(DateOnly date)
    {
        while (!Calendar.IsWorkingDay(date))
        {
            date = date.AddDays(-1);
        }

        return date;
    }

    /// <summary>The first working day on or after <paramref name="date"/>.</summary>
    public DateOnly WorkingDayOnOrAfter(DateOnly date)
    {
        while (!Calendar.IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary><paramref name="days"/> working days before <paramref name="date"/> (a working day).</summary>
    public DateOnly WorkingDaysBefore(DateOnly date, int days)
    {
        for (var i = 0; i < days; i++)
        {
            date = WorkingDayOnOrBefore(date.AddDays(-1));
        }

        return date;
    }

    /// <summary><paramref name="days"/> working days after <paramref name="date"/>.</summary>
    public DateOnly WorkingDaysAfter(DateOnly date, int days) => days == 0 ? date : Calendar.AddWorkingDays(date, days);
}
