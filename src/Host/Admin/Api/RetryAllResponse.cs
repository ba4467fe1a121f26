namespace Thads.Host.Admin.Api;

/// <param name="Retried">How many parked messages were queued again.</param>
public sealed record RetryAllResponse(int Retried);
