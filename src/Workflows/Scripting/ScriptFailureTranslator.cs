using System.Globalization;
using System.Text.RegularExpressions;
using Jint.Runtime;

namespace Thads.Workflows.Scripting;

/// <summary>
/// Turns what Jint throws when a limit is hit into a <see cref="ScriptException"/> whose message says which
/// limit (it ends up in an incident). JavaScript errors are described by <see cref="SandboxEngine"/>, which
/// still has the engine at hand.
/// </summary>
internal sealed class ScriptFailureTranslator
{
    private readonly ScriptLimits _limits;

    public ScriptFailureTranslator(ScriptLimits limits) => _limits = limits;

    public ScriptException Translate(Exception failure) => failure switch
    {
        ScriptException known => known,
        StatementsCountOverflowException => new($"script exceeded {_limits.MaxStatements} statements", failure),
        // Before TimeoutException, which it derives from.
        RegexMatchTimeoutException =>
            new($"a regular expression exceeded the time limit of {Milliseconds(_limits.RegexTimeout)} ms", failure),
        TimeoutException => new($"script exceeded the time limit of {Milliseconds(_limits.Timeout)} ms", failure),
        MemoryLimitExceededException when failure.Message.Contains("array size", StringComparison.Ordinal) =>
            new($"script exceeded the array size limit of {_limits.MaxArraySize} elements", failure),
        MemoryLimitExceededException => new($"script exceeded the memory limit of {_limits.MaxMemoryBytes} bytes", failure),
        RecursionDepthOverflowException =>
            new($"script exceeded the recursion depth limit of {_limits.MaxRecursionDepth}", failure),
        InsufficientExecutionStackException => new("script recursed deeper than the thread's stack allows", failure),
        OutOfMemoryException => new("script ran the process out of memory", failure),
        _ => new($"script failed: {failure.Message}", failure),
    };

    private static string Milliseconds(TimeSpan span) =>
        span.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture);
}
