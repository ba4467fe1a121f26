using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Thads.Host.Mail.Composition;
using Thads.Host.Mail.Configuration;
using Thads.Host.Mail.Outbox;
using Thads.Host.Mail.Transport;

namespace Thads.Host.Mail.Dispatch;

/// <summary>
/// One pass over the outbox: sends the messages that are due and records each outcome. The hosted
/// <see cref="MailDispatcherService"/> calls it on a timer; tests call it with the time they choose.
/// </summary>
/// <remarks>
/// A message is marked Sent only after the transport accepted it, so a process that stops mid-send leaves it
/// pending and it goes out again after the restart: delivery is at least once, and the stable Message-Id lets
/// the rare duplicate be recognised.
/// </remarks>
internal sealed class MailDispatcher(
    IDbContextFactory<MailDbContext> contexts,
    IMailTransport transport,
    MailMessageBuilder builder,
    IOptions<MailOptions> options,
    ILogger<MailDispatcher> logger)
{
    /// <summary>Bounds one pass, so a large backlog cannot hold the connection to the database for minutes.</summary>
    public const int BatchSize = 50;

    // Passes never overlap: an administrator's "retry now" and the timer could otherwise send one row twice.
    private readonly SemaphoreSlim _onePassAtATime = new(1, 1);

    private readonly RetrySchedule _schedule = new(options.Value.Retry);

    /// <param name="now">The time the pass runs at; decides which messages are due and when retries come.</param>
    /// <param name="cancellationToken">Stops before the next message; a message being sent stays pending.</param>
    public async Task<MailDispatchResult> DispatchDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await _onePassAtATime.WaitAsync(cancellationToken);
        try
        {
            return await DispatchBatchAsync(now, cancellationToken);
        }
        finally
        {
            _onePassAtATime.Release();
        }
    }

    private async Task<MailDispatchResult> DispatchBatchAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var due = await db.Outbox
            .Where(row => row.Status == MailStatus.Pending && row.NextAttemptAtTicks <= now.UtcTicks)
            .OrderBy(row => row.NextAttemptAtTicks).ThenBy(row => row.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        var (sent, retrying, parked) = (0, 0, 0);
        foreach (var row in due)
        {
            var failure = await TrySendAsync(row, now, cancellationToken);
            // Not cancellable: the server has already answered, and forgetting that answer would send the message twice.
            await db.SaveChangesAsync(CancellationToken.None);

            if (failure is null)
            {
                sent++;
                continue;
            }

            if (row.Status == MailStatus.Parked)
            {
                parked++;
            }
            else
            {
                retrying++;
            }

            if (failure.Kind == MailFailureKind.ServerUnreachable)
            {
                // The next message would meet the same closed port or timeout; each one waiting here would only
                // slow the pass down. They stay due and are tried on the next pass.
                break;
            }
        }

        return new MailDispatchResult(sent, retrying, parked);
    }

    /// <returns>Null when the message was accepted; otherwise how it failed. The row is updated either way.</returns>
    private async Task<MailFailure?> TrySendAsync(MailOutboxRow row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            var mail = OutboxRows.ToMail(row);
            var from = MailAddresses.ParseMailbox(options.Value.From, nameof(MailOptions.From));
            var message = builder.Build(mail, OutboxRows.Time(row.CreatedAtTicks), OutboxRows.MessageId(row, from));
            var receipt = await transport.SendAsync(message, cancellationToken);
            row.Status = MailStatus.Sent;
            row.SentAtTicks = now.UtcTicks;
            row.Attempts++;
            logger.LogInformation("Mail {MailId} sent: {Receipt}", row.Id, receipt);
            return null;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            var failure = MailFailureClassifier.Classify(exception);
            RecordFailure(row, failure, now);
            return failure;
        }
    }

    private void RecordFailure(MailOutboxRow row, MailFailure failure, DateTimeOffset now)
    {
        row.Attempts++;
        row.LastError = MailOutboxLimits.Truncate(failure.Description);
        if (_schedule.ShouldPark(failure.Kind, row.Attempts))
        {
            row.Status = MailStatus.Parked;
            logger.LogWarning(
                "Mail {MailId} parked after {Attempts} attempt(s) ({Kind}): {Error}",
                row.Id, row.Attempts, failure.Kind, failure.Description);
            return;
        }

        var delay = _schedule.DelayAfter(row.Attempts);
        row.NextAttemptAtTicks = (now + delay).UtcTicks;
        logger.LogWarning(
            "Mail {MailId} not sent (attempt {Attempts}, {Kind}); next attempt in {Delay}: {Error}",
            row.Id, row.Attempts, failure.Kind, delay, failure.Description);
    }
}
