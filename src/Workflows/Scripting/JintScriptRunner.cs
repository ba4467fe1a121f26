using System.Text.Json.Nodes;
using Jint;
using Jint.Native;

namespace Thads.Workflows.Scripting;

/// <summary>
/// The engine's <see cref="IScriptRunner"/>: sandboxed JavaScript on Jint. One instance is meant to be shared by
/// the whole engine and is safe to call from many threads at once.
/// </summary>
/// <remarks>
/// <para>
/// Parsed scripts are cached by source text. Evaluations run on pooled engines whose built-ins are frozen and
/// whose globals are restored after every evaluation, so nothing one evaluation does is visible to the next.
/// </para>
/// <para>
/// Variables are exposed as read-only globals, converted from JSON only when the script reads them;
/// <c>execution.getVariable(name)</c>, <c>execution.hasVariable(name)</c> and, in script tasks,
/// <c>execution.setVariable(name, value)</c> work by name. A variable whose name is a built-in global
/// (<c>JSON</c>, <c>Date</c>, <c>execution</c>…) is reachable only through <c>execution.getVariable</c>.
/// </para>
/// </remarks>
public sealed class JintScriptRunner : IScriptRunner
{
    // Distinct expressions of all deployed processes; a rotation only costs re-parsing the ones still in use.
    private const int CacheGenerationCapacity = 2048;

    // Retiring engines bounds whatever Jint keeps per engine (inline caches, template objects) at a cost of a
    // few milliseconds per this many evaluations.
    private const int MaxEvaluationsPerEngine = 100_000;

    private readonly PreparedScriptCache _scripts;
    private readonly SandboxEnginePool _engines;
    private readonly ScriptFailureTranslator _failures;
    private readonly Func<JsValue, ScriptInvocation, JsonNode?> _readValue;
    private readonly Func<JsValue, ScriptInvocation, ScriptResult> _readScriptResult;

    /// <param name="limits">The sandbox limits; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is zero, negative or too large to enforce.</exception>
    public JintScriptRunner(ScriptLimits? limits = null)
    {
        limits ??= new ScriptLimits();
        limits.Validate();

        // Bounds the size of results as the memory limit bounds the script that built them.
        var conversionBudget = limits.MaxMemoryBytes;
        _scripts = new PreparedScriptCache(limits.MaxScriptLength, CacheGenerationCapacity);
        _engines = new SandboxEnginePool(limits, Math.Max(8, 4 * Environment.ProcessorCount), MaxEvaluationsPerEngine);
        _failures = new ScriptFailureTranslator(limits);
        _readValue = (value, _) => JsToJsonConverter.Convert(value, "result", conversionBudget);
        _readScriptResult = (value, invocation) =>
            new ScriptResult(JsToJsonConverter.Convert(value, "result", conversionBudget), invocation.Changes);
    }

    /// <inheritdoc/>
    public JsonNode? Evaluate(string expression, IReadOnlyDictionary<string, JsonNode?> variables) =>
        Execute(expression, variables, allowsWrites: false, _readValue);

    /// <inheritdoc/>
    public bool EvaluateCondition(string expression, IReadOnlyDictionary<string, JsonNode?> variables) =>
        Execute(expression, variables, allowsWrites: false, static (value, _) => value.IsBoolean()
            ? value.AsBoolean()
            : throw new ScriptException($"the condition returned {JsTypeNames.DescribeWithArticle(value)}, not a boolean"));

    /// <inheritdoc/>
    public ScriptResult Run(string script, IReadOnlyDictionary<string, JsonNode?> variables) =>
        Execute(script, variables, allowsWrites: true, _readScriptResult);

    private T Execute<T>(
        string source,
        IReadOnlyDictionary<string, JsonNode?> variables,
        bool allowsWrites,
        Func<JsValue, ScriptInvocation, T> readResult)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(variables);

        var script = _scripts.Get(source);
        SandboxEngine? engine = null;
        try
        {
            engine = _engines.Rent();
            return engine.Evaluate(script, new ScriptInvocation(variables, allowsWrites), readResult);
        }
        catch (Exception ex) when (ex is not ScriptException)
        {
            throw _failures.Translate(ex);
        }
        finally
        {
            if (engine is not null)
            {
                _engines.Return(engine);
            }
        }
    }
}
