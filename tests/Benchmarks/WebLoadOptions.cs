namespace Thads.Benchmarks;

/// <summary>What the web load run does: against which running app, as whom, how many at once, for how long, on which pages.</summary>
public sealed record WebLoadOptions
{
    public required Uri BaseAddress { get; init; }

    /// <summary>Accounts the virtual users sign in as, round robin.</summary>
    public required IReadOnlyList<string> Accounts { get; init; }

    public required string Password { get; init; }

    /// <summary>Used when the app asks for the initial password to be replaced, and afterwards.</summary>
    public string? NewPassword { get; init; }

    public int Users { get; init; } = 50;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Paths to request in turn; <c>{case}</c> becomes a case id the user may see, drawn at random.</summary>
    public required IReadOnlyList<string> Paths { get; init; }
}
