using Thads.Workflows.Scripting;
using Xunit;

namespace Thads.Workflows.Tests.Scripting;

/// <summary>
/// Engines are reused between evaluations; nothing one evaluation does may be visible to the next. Each test
/// runs many evaluations so the pooled engine that saw the attempt is certainly the one checked afterwards.
/// </summary>
public sealed class EvaluationIsolationTests
{
    private const int Rounds = 20;

    private readonly JintScriptRunner _runner = new();

    [Fact]
    public void Extending_object_prototype_fails_and_is_not_seen_by_the_next_evaluation()
    {
        for (var i = 0; i < Rounds; i++)
        {
            Assert.Throws<ScriptException>(() => _runner.Run("Object.prototype.x = 1", ScriptVariables.None));
            Assert.Throws<ScriptException>(() => _runner.Run("Object.defineProperty(Array.prototype, 'y', { value: 1 })", ScriptVariables.None));

            Assert.True(_runner.EvaluateCondition("({}).x === undefined && [].y === undefined", ScriptVariables.None));
        }
    }

    [Theory]
    [InlineData("Array.prototype.includes = () => true")]
    [InlineData("Math.max = () => 0")]
    [InlineData("JSON.parse = null")]
    [InlineData("String.prototype.toUpperCase = function () { return 'hacked'; }")]
    [InlineData("delete Array.prototype.map")]
    [InlineData("Object.setPrototypeOf(Array.prototype, null)")]
    public void Built_ins_cannot_be_changed(string attempt)
    {
        for (var i = 0; i < Rounds; i++)
        {
            Assert.Throws<ScriptException>(() => _runner.Run(attempt, ScriptVariables.None));

            Assert.True(_runner.EvaluateCondition(
                "![1].includes(2) && Math.max(1, 2) === 2 && JSON.parse('1') === 1 && 'a'.toUpperCase() === 'A' && [1].map(x => x).length === 1",
                ScriptVariables.None));
        }
    }

    [Theory]
    [InlineData("Object.getPrototypeOf(function* () {}).x = 1", "Object.getPrototypeOf(function* () {}).x")]
    [InlineData("Object.getPrototypeOf([][Symbol.iterator]()).next = null", "typeof Object.getPrototypeOf([][Symbol.iterator]()).next === 'function' ? undefined : 1")]
    [InlineData("Iterator.prototype.take = null", "typeof Iterator.prototype.take === 'function' ? undefined : 1")]
    [InlineData("Object.getPrototypeOf(async function () {}).x = 1", "Object.getPrototypeOf(async function () {}).x")]
    [InlineData("Object.getPrototypeOf('a'.matchAll(/a/g)).x = 1", "Object.getPrototypeOf('a'.matchAll(/a/g)).x")]
    [InlineData("Object.getPrototypeOf(new Map().entries()).x = 1", "Object.getPrototypeOf(new Map().entries()).x")]
    public void Built_ins_reachable_only_through_syntax_cannot_be_changed_either(string attempt, string probe)
    {
        for (var i = 0; i < Rounds; i++)
        {
            Assert.Throws<ScriptException>(() => _runner.Run(attempt, ScriptVariables.None));

            Assert.Null(_runner.Evaluate(probe, ScriptVariables.None));
        }
    }

    [Fact]
    public void Globals_declared_or_assigned_by_one_evaluation_are_gone_in_the_next()
    {
        for (var i = 0; i < Rounds; i++)
        {
            _runner.Run("var y = 1; let w = 2; const c = 3; function f() {} class K {} globalThis.z = 4; this.t = 5;", ScriptVariables.None);

            var seen = _runner.Evaluate("[typeof y, typeof w, typeof c, typeof f, typeof K, typeof z, typeof t].join()", ScriptVariables.None);
            Assert.Equal("undefined,undefined,undefined,undefined,undefined,undefined,undefined", seen!.GetValue<string>());
        }
    }

    [Fact]
    public void Globals_overwritten_or_deleted_by_one_evaluation_are_restored_for_the_next()
    {
        for (var i = 0; i < Rounds; i++)
        {
            _runner.Run("Math = null; JSON = 5; execution = null; delete globalThis.Array; __proto__ = null;", ScriptVariables.None);

            Assert.True(_runner.EvaluateCondition(
                "typeof Math.max === 'function' && typeof JSON.stringify === 'function' && typeof execution.getVariable === 'function'"
                + " && typeof Array === 'function' && Object.getPrototypeOf(globalThis) !== null",
                ScriptVariables.None));
        }
    }

    [Fact]
    public void A_variable_of_one_evaluation_is_not_visible_to_the_next()
    {
        for (var i = 0; i < Rounds; i++)
        {
            _runner.EvaluateCondition("matKhau.length > 0", ScriptVariables.Of(("matKhau", "bí mật")));

            Assert.True(_runner.EvaluateCondition("typeof matKhau === 'undefined' && !execution.hasVariable('matKhau')", ScriptVariables.None));
        }
    }

    [Fact]
    public void Regular_expression_captures_of_one_evaluation_are_not_visible_to_the_next()
    {
        for (var i = 0; i < Rounds; i++)
        {
            _runner.Run("/(\\d{6})/.exec('mã PIN 123456')", ScriptVariables.None);

            Assert.Equal("", _runner.Evaluate("RegExp.$1", ScriptVariables.None)!.GetValue<string>());
        }
    }

    [Fact]
    public void Pending_promise_jobs_do_not_run_in_a_later_evaluation()
    {
        for (var i = 0; i < Rounds; i++)
        {
            _runner.Run("Promise.resolve().then(() => { globalThis.late = 1; }); new Promise(() => {});", ScriptVariables.None);

            Assert.True(_runner.EvaluateCondition("typeof late === 'undefined'", ScriptVariables.None));
        }
    }

    [Fact]
    public void An_override_on_an_instance_does_not_touch_the_shared_prototype()
    {
        for (var i = 0; i < Rounds; i++)
        {
            _runner.Run("const e = new TypeError('x'); e.name = 'Khac'; const o = {}; o.toString = () => 'o'; [e.name, String(o)]", ScriptVariables.None);

            Assert.True(_runner.EvaluateCondition("new TypeError('x').name === 'TypeError' && String({}) === '[object Object]'", ScriptVariables.None));
        }
    }
}
