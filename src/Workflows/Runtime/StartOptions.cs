namespace Thads.Workflows.Runtime;

/// <summary>How to start an instance: initial variables, business key (used to correlate messages), who starts it.</summary>
public sealed record StartOptions
{
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    public string? BusinessKey { get; init; }

    public string? Actor { get; init; }

    /// <summary>A specific version; null takes the latest.</summary>
    public int? Version { get; init; }
}
