namespace Thads.Workflows.Runtime;

public sealed record InstanceQuery
{
    public string? ProcessId { get; init; }

    public Guid? DefinitionId { get; init; }

    public string? BusinessKey { get; init; }

    public InstanceStatus? Status { get; init; }

    public int Skip { get; init; }

    public int Take { get; init; } = 100;
}
