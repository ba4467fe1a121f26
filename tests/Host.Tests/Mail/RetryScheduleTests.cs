using Thads.Host.Mail.Configuration;
using Thads.Host.Mail.Dispatch;

namespace Thads.Host.Tests.Mail;

public sealed class RetryScheduleTests
{
    private static readonly RetrySchedule Defaults = new(new MailRetryOptions());

    [Fact]
    public void Delay_starts_at_thirty_seconds_doubles_after_each_failure_and_stops_at_one_hour()
    {
        var delays = Enumerable.Range(1, 10).Select(Defaults.DelayAfter).ToList();

        Assert.Equal(
            [30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600],
            delays.Select(delay => (int)delay.TotalSeconds));
    }

    [Fact]
    public void Delay_after_very_many_failures_stays_at_the_cap()
    {
        Assert.Equal(TimeSpan.FromHours(1), Defaults.DelayAfter(int.MaxValue));
    }

    [Fact]
    public void Permanent_rejection_parks_at_once()
    {
        Assert.True(Defaults.ShouldPark(MailFailureKind.PermanentRejection, 1));
    }

    [Fact]
    public void Temporary_failures_park_after_max_attempts()
    {
        Assert.False(Defaults.ShouldPark(MailFailureKind.TemporaryFailure, 7));
        Assert.True(Defaults.ShouldPark(MailFailureKind.TemporaryFailure, 8));
    }

    [Fact]
    public void An_unreachable_server_parks_only_after_many_more_attempts()
    {
        Assert.False(Defaults.ShouldPark(MailFailureKind.ServerUnreachable, 8));
        Assert.False(Defaults.ShouldPark(MailFailureKind.ServerUnreachable, 71));
        Assert.True(Defaults.ShouldPark(MailFailureKind.ServerUnreachable, 72));
    }
}
