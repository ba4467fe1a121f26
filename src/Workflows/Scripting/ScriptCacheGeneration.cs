using System.Collections.Concurrent;

namespace Thads.Workflows.Scripting;

/// <summary>One generation of <see cref="PreparedScriptCache"/>.</summary>
internal sealed class ScriptCacheGeneration
{
    public readonly ConcurrentDictionary<string, CompiledScript> Entries = new(StringComparer.Ordinal);

    // ConcurrentDictionary.Count takes every lock; a separate counter keeps the hot path lock-free.
    public int Count;
}
