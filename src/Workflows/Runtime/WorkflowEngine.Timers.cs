using System.Text.Json.Nodes;
using Thads.Workflows.Model;
using Thads.Workflows.Runtime.Execution;
using Thads.Workflows.Runtime.State;

namespace Thads.Workflows.Runtime;

public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Fires every timer due by the clock's now, one stimulus per timer. A timer whose activity ended in
    /// the meantime, or that another node fired first, is skipped. Returns how many fired.
    /// </summary>
    public async Task<int> FireDueTimersAsync(int limit = 1000, CancellationToken cancellationToken = default)
    {
        var due = await _context.Store.FindDueTimersAsync(_context.Clock.Now, limit, cancellationToken);
        var fired = 0;
        foreach (var timer in due)
        {
            if (await FireTimerAsync(timer, cancellationToken))
            {
                fired++;
            }
        }

        return fired;
    }

    /// <summary>
    /// Fires one timer bookmark, or a timer start event (starting a new instance); false when it no longer
    /// exists, is not due yet, or someone else fired or changed it first.
    /// </summary>
    public async Task<bool> FireTimerAsync(BookmarkRef timer, CancellationToken cancellationToken = default)
    {
        if (timer.IsStartTimer)
        {
            return await FireStartTimerAsync(timer.BookmarkId, cancellationToken);
        }

        var run = new ExecutionRun(_context, null, cancellationToken);
        var instance = await run.TryGetInstanceAsync(timer.InstanceId);
        if (instance is null || !run.FireTimer(instance, timer.BookmarkId))
        {
            return false;
        }

        try
        {
            await FinishAsync(run, cancellationToken);
            return true;
        }
        catch (WorkflowConflictException)
        {
            return false;
        }
    }

    private async Task<bool> FireStartTimerAsync(Guid startTimerId, CancellationToken cancellationToken)
    {
        var timer = await _context.Store.FindStartTimerAsync(startTimerId, cancellationToken);
        if (timer is null || timer.DueAt > _context.Clock.Now)
        {
            return false;
        }

        var process = await _context.GetDeployedAsync(timer.DefinitionId, cancellationToken);
        var start = (StartEventNode)process.Node(timer.ElementId);
        var run = new ExecutionRun(_context, null, cancellationToken);
        DateTimeOffset? next = null;
        int? remaining = null;
        if (start.Timer!.Kind == TimerKind.Cycle && timer.RemainingRepetitions is { } left && left != 0)
        {
            next = TimerMath.NextCycleDue(start.Timer, StartTimerText(start.Timer), timer.DueAt, _context.Calendar);
            remaining = next is null ? null : left > 0 ? left - 1 : left;
        }

        run.StartTimer = new StartTimerChange(timer.Id, timer.DueAt, next, remaining);
        run.StartInstance(process, new Dictionary<string, JsonNode?>(), businessKey: null, startEvent: start);
        try
        {
            await FinishAsync(run, cancellationToken);
            return true;
        }
        catch (WorkflowConflictException)
        {
            return false;
        }
    }

    /// <summary>
    /// After the working-day calendar changed: counts every waiting working-day timer again from when it was
    /// set, moves those whose due time changed (one transaction per instance) and tells the scheduler.
    /// Returns how many timers moved.
    /// </summary>
    public async Task<int> RecountWorkingDayTimersAsync(CancellationToken cancellationToken = default)
    {
        var moved = 0;
        var timers = await _context.Store.ListTimersAsync(cancellationToken);
        foreach (var instanceId in timers.Where(t => !t.Timer.IsStartTimer).Select(t => t.Timer.InstanceId).Distinct())
        {
            var run = new ExecutionRun(_context, "calendar", cancellationToken);
            var instance = await run.TryGetInstanceAsync(instanceId);
            if (instance is null || instance.IsEnded)
            {
                continue;
            }

            var changed = instance.Bookmarks.Values.ToList().Count(bookmark => run.RecountWorkingDayTimer(instance, bookmark));
            if (changed == 0)
            {
                continue;
            }

            try
            {
                await FinishAsync(run, cancellationToken);
                moved += changed;
            }
            catch (WorkflowConflictException)
            {
                // The instance moved on meanwhile; its timers were set with the new calendar anyway.
            }
        }

        return moved;
    }

    public Task<DateTimeOffset?> NextTimerDueAsync(CancellationToken cancellationToken = default) =>
        _context.Store.FindNextTimerDueAsync(cancellationToken);

    /// <summary>Every waiting timer, for a scheduler to rebuild its alarms from the database on start.</summary>
    public Task<IReadOnlyList<TimerSchedule>> ListTimersAsync(CancellationToken cancellationToken = default) =>
        _context.Store.ListTimersAsync(cancellationToken);

    private async Task NotifyTimersAsync(IReadOnlyCollection<InstanceState> committed, StartTimerChange? startTimer, CancellationToken cancellationToken)
    {
        var scheduled = new List<TimerSchedule>();
        var removed = new List<BookmarkRef>();
        if (startTimer is not null)
        {
            var reference = new BookmarkRef(Guid.Empty, startTimer.Id);
            if (startTimer.NextDueAt is { } next)
            {
                scheduled.Add(new TimerSchedule(reference, next));
            }
            else
            {
                removed.Add(reference);
            }
        }

        foreach (var instance in committed)
        {
            foreach (var id in instance.BookmarkChanges.Added.Concat(instance.BookmarkChanges.Modified))
            {
                if (instance.Bookmarks[id] is { Kind: BookmarkKind.Timer, DueAt: { } due })
                {
                    scheduled.Add(new TimerSchedule(new BookmarkRef(instance.Id, id), due));
                }
            }

            removed.AddRange(instance.BookmarkChanges.Removed.Select(id => new BookmarkRef(instance.Id, id)));
        }

        if (scheduled.Count > 0 || removed.Count > 0)
        {
            await ApplyToSchedulerAsync(scheduled, removed, cancellationToken);
        }
    }

    private async Task ApplyToSchedulerAsync(List<TimerSchedule> scheduled, List<BookmarkRef> removed, CancellationToken cancellationToken)
    {
        try
        {
            await _timers!.ApplyAsync(scheduled, removed, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The commit stands. A missed alarm is caught by the periodic sweep of due timers; a stale one
            // fires nothing because the bookmark is gone.
        }
    }
}
