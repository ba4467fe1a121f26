namespace Thads.Workflows.Scripting;

/// <summary>
/// The sandbox limits every script and expression runs under. Each limit turns a runaway script into a
/// <see cref="ScriptException"/> that names it, instead of a hung worker or a crashed process.
/// </summary>
public sealed class ScriptLimits
{
    private const long MinMemoryBytes = 1024 * 1024;

    /// <summary>Statements one evaluation may execute (native loops such as <c>Array.prototype.sort</c> are covered by the other limits).</summary>
    public int MaxStatements { get; init; } = 100_000;

    /// <summary>Wall-clock time one evaluation may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Bytes one evaluation may allocate (Jint measures the allocations of the evaluating thread); at least 1 MiB.</summary>
    public long MaxMemoryBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>How often one function may appear on the call stack at the same time.</summary>
    public int MaxRecursionDepth { get; init; } = 64;

    /// <summary>Time one regular-expression match may take; backtracking is invisible to the statement and time limits.</summary>
    public TimeSpan RegexTimeout { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Elements a JavaScript array may hold. Jint compares the array's capacity, which grows in powers of two, so a
    /// growing array can fail at the power of two below this value (65,536 for the default).
    /// </summary>
    public int MaxArraySize { get; init; } = 100_000;

    /// <summary>Characters a script or expression may have; longer source is refused before it is parsed.</summary>
    public int MaxScriptLength { get; init; } = 64 * 1024;

    /// <summary>Throws when a limit is zero, negative, too small or too large to enforce, so a typo cannot switch a limit off.</summary>
    internal void Validate()
    {
        RequireInRange(MaxStatements, 1, int.MaxValue - 1, nameof(MaxStatements));
        // Building the sandbox runs a little JavaScript under the same limit and needs a few hundred kilobytes.
        RequireInRange(MaxMemoryBytes, MinMemoryBytes, long.MaxValue - 1, nameof(MaxMemoryBytes));
        RequireInRange(MaxRecursionDepth, 1, int.MaxValue, nameof(MaxRecursionDepth));
        RequireInRange(MaxArraySize, 1, int.MaxValue, nameof(MaxArraySize));
        RequireInRange(MaxScriptLength, 1, int.MaxValue, nameof(MaxScriptLength));
        RequirePositive(Timeout, nameof(Timeout));
        RequirePositive(RegexTimeout, nameof(RegexTimeout));
    }

    private static void RequireInRange(long value, long min, long max, string name)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {min} and {max}.");
        }
    }

    private static void RequirePositive(TimeSpan value, string name)
    {
        // TimeSpan.MaxValue would silently disable the limit inside Jint.
        if (value <= TimeSpan.Zero || value >= TimeSpan.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive and shorter than a day.");
        }
    }
}
