using Acornima;
using Jint;

namespace Thads.Workflows.Scripting;

/// <summary>
/// Parses each distinct source text once. Bounded with two generations: lookups hit the young one, a hit in
/// the old one is promoted, and when the young generation is full it becomes the old one (dropping the
/// previous old one). That keeps hot conditions cached without per-hit bookkeeping or a global lock.
/// </summary>
internal sealed class PreparedScriptCache
{
    private static readonly ScriptPreparationOptions PreparationOptions = new() { CollectReferencedGlobals = true };

    private readonly int _generationCapacity;
    private readonly int _maxScriptLength;
    private readonly Lock _rotation = new();
    private volatile ScriptCacheGeneration _young = new();
    private volatile ScriptCacheGeneration _old = new();

    public PreparedScriptCache(int maxScriptLength, int generationCapacity)
    {
        _maxScriptLength = maxScriptLength;
        _generationCapacity = generationCapacity;
    }

    public CompiledScript Get(string source)
    {
        if (source.Length > _maxScriptLength)
        {
            throw new ScriptException(
                $"script is {source.Length} characters long, more than the limit of {_maxScriptLength}");
        }

        if (_young.Entries.TryGetValue(source, out var script))
        {
            return script;
        }

        if (!_old.Entries.TryGetValue(source, out script))
        {
            script = Compile(source);
        }

        Add(source, script);
        return script;
    }

    private void Add(string source, CompiledScript script)
    {
        var young = _young;
        if (!young.Entries.TryAdd(source, script) || Interlocked.Increment(ref young.Count) < _generationCapacity)
        {
            return;
        }

        lock (_rotation)
        {
            if (ReferenceEquals(_young, young))
            {
                _old = young;
                _young = new ScriptCacheGeneration();
            }
        }
    }

    private static CompiledScript Compile(string source)
    {
        try
        {
            return new CompiledScript(Engine.PrepareScript(source, strict: true, options: PreparationOptions));
        }
        catch (ScriptPreparationException ex) when (ex.InnerException is ParseErrorException parse)
        {
            throw new ScriptException(
                $"SyntaxError: {parse.Description} (line {parse.LineNumber}, column {parse.Column + 1})", ex);
        }
        catch (ScriptPreparationException ex)
        {
            throw new ScriptException($"SyntaxError: {ex.Message}", ex);
        }
    }
}
