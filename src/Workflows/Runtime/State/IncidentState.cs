using Thads.Workflows.Runtime.Execution;

namespace Thads.Workflows.Runtime.State;

internal sealed class IncidentState
{
    public required Guid Id { get; init; }

    public required Guid TokenId { get; init; }

    public required string ElementId { get; init; }

    public required string Message { get; init; }

    public IncidentRetry Retry { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public IncidentState Clone() => (IncidentState)MemberwiseClone();
}
