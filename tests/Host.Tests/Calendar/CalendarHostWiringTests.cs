using Microsoft.Extensions.DependencyInjection;
using Thads.Enforcement.Calendar;
using Thads.Host.Startup;
using Thads.Host.Tests.Support;
using Thads.Workflows.Runtime;

namespace Thads.Host.Tests.Calendar;

public sealed class CalendarHostWiringTests
{
    [Fact]
    public async Task The_web_application_migrates_seeds_and_serves_the_stored_calendar_as_the_engine_calendar()
    {
        using var host = new ThadsHostFactory();
        host.CreateClient();

        Assert.Equal(StartupStatus.Ready, await host.WaitForStartupAsync());

        var calendar = host.Services.GetRequiredService<IWorkingDayCalendar>();
        Assert.Same(host.Services.GetRequiredService<WorkingDayCalendar>(), calendar);
        var friday = new DateTimeOffset(2026, 2, 13, 9, 0, 0, TimeSpan.FromHours(7));
        Assert.Equal(new DateTimeOffset(2026, 2, 23, 9, 0, 0, TimeSpan.FromHours(7)), calendar.AddWorkingDays(friday, 1));
    }

    [Fact]
    public async Task The_calendar_service_and_the_deadline_calculator_resolve_in_a_request_scope()
    {
        using var host = new ThadsHostFactory();
        host.CreateClient();
        Assert.Equal(StartupStatus.Ready, await host.WaitForStartupAsync());

        await using var scope = host.Services.CreateAsyncScope();
        var holidays = await scope.ServiceProvider.GetRequiredService<CalendarService>().ListAsync(2026);
        var deadline = scope.ServiceProvider.GetRequiredService<DeadlineCalculator>()
            .Compute(new DateOnly(2026, 2, 9), DeadlinePeriod.Days(10));

        Assert.Contains(holidays, day => day.Date == new DateOnly(2026, 2, 17));
        Assert.Equal(new DateOnly(2026, 2, 23), deadline.LastDay);
    }
}
