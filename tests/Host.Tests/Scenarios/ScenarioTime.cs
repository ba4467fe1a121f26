using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Thads.Enforcement.Alerts;
using Thads.Enforcement.Data;
using Thads.Enforcement.Organisation;
using Thads.Host.Mail.Dispatch;
using Thads.Host.Scheduling;
using Thads.Host.Startup;
using Thads.Workflows.Runtime;

namespace Thads.Host.Tests.Scenarios;

/// <summary>
/// Time in a test host that runs on a <see cref="ScenarioClock"/>: <see cref="Use"/> takes everything that acts on the
/// machine's time out of the composition; the rest lets time pass and fires what the scheduler would have fired.
/// Shared by the scenario tests and the browser journeys.
/// </summary>
public sealed class ScenarioTime(IServiceProvider services, ScenarioClock clock)
{
    private WorkflowEngine Engine => services.GetRequiredService<WorkflowEngine>();

    /// <summary>
    /// The scenario's clock for everyone, and nothing that acts on the machine's time: the Quartz alarms and the
    /// scheduler start-up (which also starts the one-minute sweep and the digest job) and the mail dispatcher go.
    /// Queued mail therefore stays in the outbox, where the scenario reads it.
    /// </summary>
    public static void Use(IServiceCollection services, ScenarioClock clock)
    {
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(clock);
        services.RemoveAll<IWorkflowClock>();
        services.AddSingleton<IWorkflowClock>(clock);
        Remove(services, d => d.ServiceType == typeof(QuartzTimerScheduler));
        Remove(services, d => d.ServiceType == typeof(IStartupTask) && d.ImplementationType == typeof(SchedulerStartupTask));
        Remove(services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(MailDispatcherService));
    }

    private static void Remove(IServiceCollection services, Func<ServiceDescriptor, bool> match)
    {
        var found = services.Where(match).ToList();
        if (found.Count == 0)
        {
            // The composition changed: without this the scenarios could silently run on real time again.
            throw new InvalidOperationException("A service the scenario host removes is no longer registered; update ScenarioHost.");
        }

        foreach (var descriptor in found)
        {
            services.Remove(descriptor);
        }
    }

    /// <summary>Lets <paramref name="by"/> pass; see <see cref="AdvanceToAsync"/>.</summary>
    public Task AdvanceAsync(TimeSpan by) => AdvanceToAsync(clock.Now + by);

    /// <summary>
    /// Lets time pass up to <paramref name="until"/> as the production scheduler would see it: the clock stops at
    /// each timer's due time and at each daily-digest hour with alerts waiting, and fires them there, so a timer
    /// set by another timer fires on its own day and an alert is raised on the day its deadline passed.
    /// </summary>
    public async Task AdvanceToAsync(DateTimeOffset until)
    {
        while (true)
        {
            var next = Earliest(await Engine.NextTimerDueAsync(), await NextDigestAsync());
            if (next is not { } stop || stop > until)
            {
                break;
            }

            if (stop > clock.Now)
            {
                clock.MoveTo(stop);
            }

            if (await FireDueAsync() == 0 && stop <= clock.Now && await Engine.NextTimerDueAsync() is { } stuck && stuck <= clock.Now)
            {
                throw new InvalidOperationException($"A timer due at {stuck:O} does not fire; the scenario would loop forever.");
            }
        }

        clock.MoveTo(until);
        await FireDueAsync();
    }

    /// <summary>
    /// Fires every timer due now (again, until nothing more is due: a fired path may set a timer already due)
    /// and sends the digests whose hour has come, as Quartz's misfire-now alarms and the digest job do in
    /// production. Returns how many timers fired.
    /// </summary>
    public async Task<int> FireDueAsync()
    {
        var total = 0;
        for (var fired = await Engine.FireDueTimersAsync(); fired > 0; fired = await Engine.FireDueTimersAsync())
        {
            total += fired;
        }

        await services.GetRequiredService<AlertService>().SendDueDigestsAsync();
        return total;
    }

    /// <summary>The next digest hour of a leader with an alert waiting for the digest, or null.</summary>
    private async Task<DateTimeOffset?> NextDigestAsync()
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<ThadsDbContext>>().CreateDbContextAsync();
        var waiting = await db.AlertDeliveries.AsNoTracking()
            .Where(d => d.Mode == AlertMode.DailyDigest && d.MailedAt == null)
            .Select(d => d.StaffMemberId)
            .Distinct()
            .ToListAsync();
        var hours = await db.Staff.AsNoTracking().Where(s => waiting.Contains(s.Id) && s.Active).Select(s => s.DigestHour).ToListAsync();
        DateTimeOffset? next = null;
        foreach (var hour in hours)
        {
            var today = new DateTimeOffset(clock.Now.Date.AddHours(hour), clock.Now.Offset);
            next = Earliest(next, today > clock.Now ? today : today.AddDays(1));
        }

        return next;
    }

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : (a < b ? a : b);
}
