namespace Thads.Host.Mail.Configuration;

/// <summary>How the outbox retries a message that could not be delivered (<c>Mail:Retry:*</c>).</summary>
public sealed class MailRetryOptions
{
    public const int DefaultMaxAttempts = 8;

    /// <summary>About three days at the one-hour cap: a mail server that is down over a weekend must not park every alert.</summary>
    public const int DefaultMaxAttemptsUnreachable = 72;

    public static readonly TimeSpan DefaultInitialDelay = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan DefaultMaxDelay = TimeSpan.FromHours(1);

    /// <summary>Tries before a message that the server keeps refusing temporarily (4xx) is parked.</summary>
    public int MaxAttempts { get; set; } = DefaultMaxAttempts;

    /// <summary>Tries before a message is parked when the last failure was reaching the server at all.</summary>
    public int MaxAttemptsUnreachable { get; set; } = DefaultMaxAttemptsUnreachable;

    /// <summary>The wait after the first failure; it doubles after each further one.</summary>
    public TimeSpan InitialDelay { get; set; } = DefaultInitialDelay;

    public TimeSpan MaxDelay { get; set; } = DefaultMaxDelay;
}
