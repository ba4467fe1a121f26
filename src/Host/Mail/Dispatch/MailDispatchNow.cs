namespace Thads.Host.Mail.Dispatch;

/// <summary>
/// Runs one dispatcher pass at once, for the administrators' test mail: the answer can then say whether the server
/// took the message instead of only that it was queued. Passes never overlap with the background dispatcher's.
/// </summary>
public sealed class MailDispatchNow
{
    private readonly MailDispatcher _dispatcher;
    private readonly TimeProvider _time;

    internal MailDispatchNow(MailDispatcher dispatcher, TimeProvider time)
    {
        _dispatcher = dispatcher;
        _time = time;
    }

    public Task RunAsync(CancellationToken cancellationToken = default) => _dispatcher.DispatchDueAsync(_time.GetUtcNow(), cancellationToken);
}
