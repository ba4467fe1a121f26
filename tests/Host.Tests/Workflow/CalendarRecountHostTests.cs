using Microsoft.Extensions.DependencyInjection;
using Thads.Enforcement.Calendar;
using Thads.Host.Startup;
using Thads.Host.Tests.Support;
using Thads.Workflows.Runtime;

namespace Thads.Host.Tests.Workflow;

public sealed class CalendarRecountHostTests
{
    private const string Process = """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:thads="urn:thads:bpmn:1.0" id="d" targetNamespace="urn:t">
          <process id="fiveWorkingDays" isExecutable="true">
            <startEvent id="start" />
            <sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
            <intermediateCatchEvent id="wait">
              <timerEventDefinition thads:calendar="working-days"><timeDuration>P5D</timeDuration></timerEventDefinition>
            </intermediateCatchEvent>
            <sequenceFlow id="f2" sourceRef="wait" targetRef="end" />
            <endEvent id="end" />
          </process>
        </definitions>
        """;

    [Fact]
    public async Task A_holiday_added_by_an_administrator_moves_waiting_working_day_timers()
    {
        using var host = new ThadsHostFactory();
        host.CreateClient();
        Assert.Equal(StartupStatus.Ready, await host.WaitForStartupAsync());
        var engine = host.Services.GetRequiredService<WorkflowEngine>();
        Assert.True((await engine.DeployAsync(Process, "five.bpmn")).IsValid);
        var instance = await engine.StartAsync("fiveWorkingDays");
        var before = Assert.Single(await engine.ListTimersAsync(), t => t.Timer.InstanceId == instance.Id).DueAt;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            // A weekday inside the timer's period that has no calendar row yet (the host runs on real time).
            var calendar = scope.ServiceProvider.GetRequiredService<CalendarService>();
            var due = DateOnly.FromDateTime(before.ToOffset(TimeSpan.FromHours(7)).DateTime);
            var taken = (await calendar.ListAsync(due.Year)).Concat(await calendar.ListAsync(due.Year - 1)).Select(d => d.Date).ToHashSet();
            var holiday = due.AddDays(-1);
            while (holiday.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || taken.Contains(holiday))
            {
                holiday = holiday.AddDays(-1);
            }

            await calendar.AddAsync(
                new CalendarDayInput(holiday, CalendarDayKind.Holiday, "Ngày nghỉ thử nghiệm", "Thông báo thử nghiệm", null, CalendarConfirmation.Confirmed),
                "quantri");
        }

        var after = Assert.Single(await engine.ListTimersAsync(), t => t.Timer.InstanceId == instance.Id).DueAt;
        Assert.True(after > before, $"the timer stayed at {before:O}");
        Assert.Contains(await engine.GetJournalAsync(instance.Id), e => e.Type == WorkflowEventTypes.TimerScheduled && e.Detail!.Contains("calendar changed"));
    }
}
