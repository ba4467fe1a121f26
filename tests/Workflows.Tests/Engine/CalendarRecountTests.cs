using Thads.Workflows.Persistence;
using Thads.Workflows.Runtime;
using Xunit;

namespace Thads.Workflows.Tests.Engine;

public sealed class CalendarRecountTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_holiday_added_after_a_working_day_timer_was_set_moves_it_by_a_day_and_calendar_time_timers_stay(bool durable)
    {
        var calendar = new EditableCalendar();
        var clock = new VirtualWorkflowClock(EngineHarness.Start);
        var directory = durable ? Directory.CreateTempSubdirectory("thads-recount-").FullName : null;
        var builder = new WorkflowEngineBuilder().UseClock(clock).UseCalendar(calendar);
        var engine = (durable ? builder.UseDatabase(WorkflowDatabase.Sqlite($"Data Source={Path.Combine(directory!, "e.db")}")) : builder.UseInMemoryStore()).Build();
        try
        {
            await engine.InitializeAsync();
            Assert.True((await engine.DeployAsync(EngineHarness.Fixture("TimerCatch.workingDays.bpmn"), "wd.bpmn")).IsValid);
            Assert.True((await engine.DeployAsync(EngineHarness.Fixture("TimerCatch.duration.bpmn"), "d.bpmn")).IsValid);
            var working = await engine.StartAsync("timerWorkingDays");
            await engine.StartAsync("timerCatch");
            clock.Advance(TimeSpan.FromMinutes(30));

            calendar.Holidays.Add(new DateOnly(2026, 1, 7));
            var moved = await engine.RecountWorkingDayTimersAsync();
            var again = await engine.RecountWorkingDayTimersAsync();

            Assert.Equal(1, moved);
            Assert.Equal(0, again);
            var timers = await engine.ListTimersAsync();
            var workingTimer = Assert.Single(timers, t => t.Timer.InstanceId == working.Id);
            // Mon 5 Jan + 5 working days skipping Wed 7 Jan = Tue 13 Jan, still counted from 08:00 when it was set.
            Assert.Equal(new DateTimeOffset(2026, 1, 13, 8, 0, 0, TimeSpan.FromHours(7)), workingTimer.DueAt);
            Assert.Contains(timers, t => t.DueAt == EngineHarness.Start.AddHours(1));
        }
        finally
        {
            if (directory is not null)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}
