using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace Thads.Workflows.Scripting;

/// <summary>
/// Builds the <c>execution</c> object scripts use for variables by name (<c>getVariable</c>, <c>hasVariable</c>,
/// <c>setVariable</c>). It is built once per engine and reads the evaluation in progress through
/// a callback, so no per-evaluation functions are allocated.
/// </summary>
internal static class ExecutionBinding
{
    public static JsObject Create(Engine engine, Func<ScriptInvocation> currentInvocation, long conversionBudget)
    {
        var execution = new JsObject(engine);
        Add(engine, execution, "getVariable", 1, (_, args) =>
        {
            var name = RequireName(engine, args, "getVariable");
            return currentInvocation().TryGetVariable(name, out var value)
                ? JsonToJsConverter.Convert(engine, value, name)
                : JsValue.Null;
        });
        Add(engine, execution, "hasVariable", 1, (_, args) =>
            currentInvocation().TryGetVariable(RequireName(engine, args, "hasVariable"), out JsonNode? _)
                ? JsBoolean.True
                : JsBoolean.False);
        Add(engine, execution, "setVariable", 2, (_, args) =>
        {
            var invocation = currentInvocation();
            if (!invocation.AllowsWrites)
            {
                throw new JavaScriptException(
                    engine.Intrinsics.TypeError,
                    "execution.setVariable is only available in script tasks, not in expressions or conditions");
            }

            var name = RequireName(engine, args, "setVariable");
            invocation.SetVariable(name, ToJson(engine, name, args.Length > 1 ? args[1] : JsValue.Undefined, conversionBudget));
            return JsValue.Undefined;
        });
        return execution;
    }

    private static void Add(Engine engine, JsObject target, string name, int length, Func<JsValue, JsValue[], JsValue> body) =>
        target.CreateDataProperty(name, new ClrFunction(engine, name, body, length, PropertyFlag.Configurable));

    private static string RequireName(Engine engine, JsValue[] args, string function)
    {
        if (args.Length == 0 || !args[0].IsString() || args[0].ToString().Length == 0)
        {
            throw new JavaScriptException(
                engine.Intrinsics.TypeError, $"execution.{function} expects a variable name (a non-empty string)");
        }

        return args[0].ToString();
    }

    private static JsonNode? ToJson(Engine engine, string name, JsValue value, long budget)
    {
        try
        {
            // Converting now, inside the evaluation, gives the value as it was when set and keeps the work under the limits.
            return JsToJsonConverter.Convert(value, name, budget);
        }
        catch (ScriptException ex)
        {
            throw new JavaScriptException(engine.Intrinsics.TypeError, $"execution.setVariable('{name}'): {ex.Message}");
        }
    }
}
