using System.Text.Json.Nodes;
using Acornima.Ast;
using Jint;
using Jint.Constraints;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace Thads.Workflows.Scripting;

/// <summary>
/// One hardened Jint engine that is reused for many evaluations, one at a time. Between evaluations the global
/// object is restored from a snapshot; the built-ins cannot have changed because they are frozen
/// (<see cref="SandboxHardening"/>). Reuse matters: building and hardening an engine costs milliseconds, an
/// evaluation on a warm engine about a microsecond.
/// </summary>
internal sealed class SandboxEngine
{
    // Reads an error's name inside the engine, so a getter a script put there runs under the limits.
    private static readonly Prepared<Script> ErrorNameScript = Engine.PrepareScript("""
        (function (error) {
          try { const name = error.name; return typeof name === 'string' ? name : null; } catch { return null; }
        })
        """, strict: true);

    private readonly Engine _engine;
    private readonly JsValue _errorName;
    private readonly HashSet<string> _builtInGlobals;
    private readonly GlobalSnapshot _pristineGlobals;
    private ScriptInvocation? _invocation;

    public SandboxEngine(ScriptLimits limits)
    {
        var options = new Options();
        Configure(options, limits);
        _engine = new Engine(options);

        // The hardening runs a little script of its own, which must not fail because the limits are tight.
        var statements = _engine.Constraints.Find<MaxStatementsConstraint>();
        statements?.MaxStatements = int.MaxValue - 1;
        options.Constraints.MaxArraySize = uint.MaxValue;

        _errorName = _engine.Evaluate(ErrorNameScript);
        SandboxHardening.RemoveUnsafeGlobals(_engine);
        _engine.SetValue("execution", ExecutionBinding.Create(_engine, CurrentInvocation, limits.MaxMemoryBytes));
        var stringSize = new StringSizeLimit(_engine, limits.MaxMemoryBytes);
        StringMethodGuards.Install(stringSize);
        JoinGuards.Install(stringSize);
        SandboxHardening.AllowOverridingInheritedMembers(_engine);
        SandboxHardening.FreezeIntrinsics(_engine);
        _builtInGlobals = [.. _engine.Global.GetOwnPropertyKeys(Types.String).Select(key => key.ToString())];
        _pristineGlobals = _engine.Advanced.CaptureGlobalSnapshot();

        statements?.MaxStatements = limits.MaxStatements;
        options.Constraints.MaxArraySize = (uint)limits.MaxArraySize;
    }

    /// <summary>How many evaluations this engine has run; the pool retires engines after a while.</summary>
    public int Evaluations { get; private set; }

    /// <summary>True after a failure that may have left the interpreter inconsistent; the engine must not be reused.</summary>
    public bool IsBroken { get; private set; }

    /// <summary>
    /// Runs <paramref name="script"/> with the invocation's variables as read-only globals and hands the completion
    /// value to <paramref name="readResult"/> before the globals are reset, while the value is still intact.
    /// </summary>
    public T Evaluate<T>(CompiledScript script, ScriptInvocation invocation, Func<JsValue, ScriptInvocation, T> readResult)
    {
        Evaluations++;
        _invocation = invocation;
        var failed = false;
        try
        {
            DeclareVariables(script, invocation);
            var completion = _engine.Evaluate(script.Prepared);
            return readResult(completion, invocation);
        }
        catch (JavaScriptException thrown)
        {
            failed = true;
            throw new ScriptException(JavaScriptErrorText.Describe(thrown, ErrorNameOf(thrown.Error)), thrown);
        }
        catch (Exception ex)
        {
            failed = true;

            // JavaScript errors unwind the interpreter normally. A limit can strike inside a native call and a
            // host failure anywhere, so after those the engine is not trusted again.
            IsBroken |= ex is not ScriptException;
            throw;
        }
        finally
        {
            _invocation = null;
            ResetGlobals(failed);
        }
    }

    private static void Configure(Options options, ScriptLimits limits)
    {
        options.Strict();
        options.MaxStatements(limits.MaxStatements);
        options.TimeoutInterval(limits.Timeout);
        options.LimitMemory(limits.MaxMemoryBytes);
        options.LimitRecursion(limits.MaxRecursionDepth);
        options.DisableStringCompilation();
        options.Interop.Enabled = false;
        options.Constraints.RegexTimeout = limits.RegexTimeout;
        options.Constraints.MaxArraySize = (uint)limits.MaxArraySize;

        // The recursion limit counts one function definition; recursion through getters, `new` or callbacks is
        // caught by probing the native stack instead, which would otherwise end the whole process.
        options.Constraints.StackOverflowGuard = true;
    }

    private string? ErrorNameOf(JsValue error)
    {
        if (error is not ObjectInstance)
        {
            return null;
        }

        try
        {
            var name = _engine.Call(_errorName, JsValue.Undefined, [error]);
            return name.IsString() ? name.ToString() : null;
        }
        catch (Exception ex)
        {
            // A getter that loops until a limit stops it: describe the error without its name.
            IsBroken |= ex is not JavaScriptException;
            return null;
        }
    }

    private ScriptInvocation CurrentInvocation() =>
        _invocation ?? throw new InvalidOperationException("The execution object was used outside an evaluation.");

    private void DeclareVariables(CompiledScript script, ScriptInvocation invocation)
    {
        if (script.FreeNames is null)
        {
            foreach (var (name, value) in invocation.Variables)
            {
                DeclareVariable(name, value);
            }

            return;
        }

        // Only the names the script mentions: an instance may carry large variables a condition never reads.
        foreach (var name in script.FreeNames)
        {
            if (invocation.Variables.TryGetValue(name, out var value))
            {
                DeclareVariable(name, value);
            }
        }
    }

    private void DeclareVariable(string name, JsonNode? value)
    {
        // A variable called `JSON` or `execution` must not replace the built-in; it stays reachable through
        // execution.getVariable.
        if (_builtInGlobals.Contains(name))
        {
            return;
        }

        _engine.Global.FastSetProperty(name, new VariableDescriptor(_engine, name, value));
    }

    private void ResetGlobals(bool failed)
    {
        if (IsBroken)
        {
            return;
        }

        try
        {
            if (failed)
            {
                _engine.Advanced.ResetCallStack();
            }

            _engine.Advanced.RestoreGlobalSnapshot(_pristineGlobals);
        }
        catch (InvalidOperationException)
        {
            IsBroken = true; // still mid-evaluation in Jint's eyes; safer to build a new engine than to guess
        }
    }
}
