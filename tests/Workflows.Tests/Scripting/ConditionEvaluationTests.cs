using System.Text.Json.Nodes;
using Thads.Workflows.Scripting;
using Xunit;

namespace Thads.Workflows.Tests.Scripting;

public sealed class ConditionEvaluationTests
{
    private readonly JintScriptRunner _runner = new();

    [Theory]
    [InlineData(6_000_000, true)]
    [InlineData(5_000_000, false)]
    [InlineData(100, false)]
    public void A_comparison_is_true_only_when_it_holds(long amount, bool expected)
    {
        var result = _runner.EvaluateCondition("amount > 5000000", ScriptVariables.Of(("amount", amount)));

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void A_strict_equality_with_true_follows_the_variable(bool approved, bool expected)
    {
        var result = _runner.EvaluateCondition("approved === true", ScriptVariables.Of(("approved", approved)));

        Assert.Equal(expected, result);
    }

    [Fact]
    public void A_condition_reading_an_unknown_variable_fails_naming_it()
    {
        var failure = Assert.Throws<ScriptException>(() =>
            _runner.EvaluateCondition("amount > 5000000", ScriptVariables.Of(("approved", true))));

        Assert.Contains("'amount' is not defined", failure.Message);
    }

    [Fact]
    public void Typeof_tests_for_a_missing_variable_without_failing()
    {
        Assert.True(_runner.EvaluateCondition("typeof amount === 'undefined'", ScriptVariables.None));
        Assert.True(_runner.EvaluateCondition("!execution.hasVariable('amount')", ScriptVariables.None));
    }

    [Theory]
    [InlineData("amount", "returned a number, not a boolean")]
    [InlineData("'yes'", "returned a string, not a boolean")]
    [InlineData("undefined", "returned undefined, not a boolean")]
    [InlineData("null", "returned null, not a boolean")]
    [InlineData("({ ok: true })", "returned an object, not a boolean")]
    public void A_condition_that_does_not_return_a_boolean_fails_saying_what_it_returned(string expression, string expected)
    {
        var failure = Assert.Throws<ScriptException>(() =>
            _runner.EvaluateCondition(expression, ScriptVariables.Of(("amount", 5))));

        Assert.Contains(expected, failure.Message);
    }

    [Fact]
    public void An_expression_returns_its_value_as_json()
    {
        var value = _runner.Evaluate("amount * 2", ScriptVariables.Of(("amount", 21)));

        Assert.Equal(42L, value!.GetValue<long>());
    }

    [Fact]
    public void A_condition_cannot_set_variables()
    {
        var failure = Assert.Throws<ScriptException>(() =>
            _runner.EvaluateCondition("execution.setVariable('approved', true) || true", ScriptVariables.None));

        Assert.Contains("only available in script tasks", failure.Message);
    }

    [Fact]
    public void A_variable_named_like_a_built_in_does_not_replace_it_but_stays_readable_by_name()
    {
        var variables = ScriptVariables.Of(("JSON", 5), ("execution", "x"));

        var result = _runner.EvaluateCondition(
            "typeof JSON.stringify === 'function' && execution.getVariable('JSON') === 5 && execution.getVariable('execution') === 'x'",
            variables);

        Assert.True(result);
    }

    [Fact]
    public void Variables_with_names_that_are_not_identifiers_are_readable_through_execution()
    {
        var variables = ScriptVariables.Of(("so-ho-so", "HS-01"), ("ngày", JsonValue.Create(3)));

        Assert.True(_runner.EvaluateCondition("execution.getVariable('so-ho-so') === 'HS-01' && ngày === 3", variables));
    }
}
