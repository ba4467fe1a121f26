namespace Thads.Workflows.Activities;

/// <summary>The type-independent face of <see cref="ValueConverter{T}"/>, for code that only knows a <see cref="Type"/>.</summary>
internal abstract class ValueConverter(ActivityValueKind kind, string expectation)
{
    public ActivityValueKind Kind { get; } = kind;

    /// <summary>What a valid value looks like, for error messages (e.g. "a date written yyyy-MM-dd").</summary>
    public string Expectation { get; } = expectation;
}
