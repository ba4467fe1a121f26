using System.Text.Json.Nodes;

namespace Thads.Workflows.Scripting;

/// <summary>
/// Evaluates the JavaScript of sequence-flow conditions, expressions and script tasks in a sandbox
/// (no CLR access; statement, time, memory, recursion and regex-time limits). Process variables are plain
/// JSON values. Failures are thrown as <see cref="ScriptException"/>, which the engine turns into incidents.
/// </summary>
public interface IScriptRunner
{
    /// <summary>Evaluates an expression (e.g. <c>amount &gt; 5000000</c>) with the variables visible by name.</summary>
    JsonNode? Evaluate(string expression, IReadOnlyDictionary<string, JsonNode?> variables);

    /// <summary>Evaluates a condition; a result that is not a boolean is an error.</summary>
    bool EvaluateCondition(string expression, IReadOnlyDictionary<string, JsonNode?> variables);

    /// <summary>
    /// Runs a script task. Variables are readable by name and through <c>execution.getVariable(name)</c>;
    /// writes go through <c>execution.setVariable(name, value)</c> and come back in <see cref="ScriptResult.Changes"/>.
    /// </summary>
    ScriptResult Run(string script, IReadOnlyDictionary<string, JsonNode?> variables);
}
