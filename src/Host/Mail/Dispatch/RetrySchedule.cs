using Thads.Host.Mail.Configuration;

namespace Thads.Host.Mail.Dispatch;

/// <summary>Exponential back-off: the initial delay after the first failure, doubling after each further one, capped.</summary>
internal sealed class RetrySchedule(MailRetryOptions options)
{
    public TimeSpan DelayAfter(int failedAttempts)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(failedAttempts);
        // Doubling in floating point cannot overflow; the cap applies long before precision matters.
        var ticks = options.InitialDelay.Ticks * Math.Pow(2, Math.Min(failedAttempts - 1, 62));
        return ticks >= options.MaxDelay.Ticks ? options.MaxDelay : TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>Whether a message that has now failed <paramref name="attempts"/> times should be given up on.</summary>
    public bool ShouldPark(MailFailureKind kind, int attempts) => kind switch
    {
        MailFailureKind.PermanentRejection => true,
        MailFailureKind.ServerUnreachable => attempts >= options.MaxAttemptsUnreachable,
        _ => attempts >= options.MaxAttempts,
    };
}
