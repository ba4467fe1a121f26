using Thads.Workflows.Scripting;
using Xunit;

namespace Thads.Workflows.Tests.Scripting;

public sealed class SandboxEscapeTests
{
    private readonly JintScriptRunner _runner = new();

    [Theory]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd')", "'System' is not defined")]
    [InlineData("importNamespace('System.IO')", "'importNamespace' is not defined")]
    [InlineData("clrHelper.typeOf(1)", "'clrHelper' is not defined")]
    [InlineData("host.System", "'host' is not defined")]
    public void Clr_entry_points_do_not_exist(string script, string expected)
    {
        var failure = Assert.Throws<ScriptException>(() => _runner.Run(script, ScriptVariables.None));

        Assert.Contains(expected, failure.Message);
    }

    [Fact]
    public void None_of_the_clr_globals_is_defined()
    {
        Assert.True(_runner.EvaluateCondition(
            "typeof System === 'undefined' && typeof importNamespace === 'undefined' && typeof clrHelper === 'undefined'",
            ScriptVariables.None));
    }

    [Theory]
    [InlineData("this.constructor.constructor('return this')()")]
    [InlineData("Function('return this')()")]
    [InlineData("new Function('return 1')()")]
    [InlineData("eval('1 + 1')")]
    [InlineData("(0, eval)('1 + 1')")]
    [InlineData("(async function () {}).constructor('return 1')")]
    [InlineData("(function* () {}).constructor('yield 1')")]
    [InlineData("execution.getVariable.constructor('return this')()")]
    [InlineData("[].map.constructor('return importNamespace')()")]
    public void Code_cannot_be_compiled_from_strings(string script)
    {
        var failure = Assert.Throws<ScriptException>(() => _runner.Run(script, ScriptVariables.None));

        Assert.Contains("String compilation has been disabled", failure.Message);
    }

    [Fact]
    public void The_global_this_is_the_plain_javascript_global_without_host_members()
    {
        var result = _runner.Evaluate(
            "Object.getOwnPropertyNames(this).filter(n => /System|import|clr|host|Engine|Type/i.test(n) && !/Error$/.test(n))",
            ScriptVariables.None);

        Assert.Equal("[]", result!.ToJsonString());
    }

    [Theory]
    [InlineData("Proxy")]
    [InlineData("ShadowRealm")]
    [InlineData("FinalizationRegistry")]
    [InlineData("WeakRef")]
    [InlineData("SharedArrayBuffer")]
    [InlineData("Atomics")]
    public void Built_ins_that_would_weaken_the_sandbox_are_absent(string name)
    {
        Assert.True(_runner.EvaluateCondition($"typeof {name} === 'undefined'", ScriptVariables.None));
    }

    [Fact]
    public void The_execution_object_exposes_nothing_but_its_three_functions()
    {
        var result = _runner.Evaluate(
            "[Object.getOwnPropertyNames(execution).sort(), Object.isFrozen(execution), typeof execution.getVariable.prototype]",
            ScriptVariables.None);

        Assert.Equal("""[["getVariable","hasVariable","setVariable"],true,"undefined"]""", result!.ToJsonString());
    }
}
