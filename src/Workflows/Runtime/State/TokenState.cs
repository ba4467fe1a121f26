namespace Thads.Workflows.Runtime.State;

/// <summary>
/// One token (an execution in BPMN terms). Tokens form a tree: a token at a subprocess, a call activity's
/// multi-instance body or a multi-instance activity owns the tokens of the inner scope
/// (<see cref="ParentId"/>). A token is also a variable scope.
/// </summary>
internal sealed class TokenState
{
    public required Guid Id { get; init; }

    public required string ElementId { get; set; }

    public Guid? ParentId { get; init; }

    public TokenStatus Status { get; set; }

    /// <summary>The sequence flow the token arrived by; joins count arrivals per incoming flow.</summary>
    public string? ArrivedVia { get; set; }

    /// <summary>Index of a multi-instance instance; null for other tokens.</summary>
    public int? LoopCounter { get; init; }

    /// <summary>True for the body token of a multi-instance activity, which owns its instances.</summary>
    public bool IsMultiInstanceBody { get; init; }

    /// <summary>The activity has been entered and is waiting; boundary events apply while this is true.</summary>
    public bool ActivityActive { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public TokenState Clone() => (TokenState)MemberwiseClone();
}
