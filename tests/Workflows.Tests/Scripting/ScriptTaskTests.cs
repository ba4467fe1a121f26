using System.Text.Json.Nodes;
using Thads.Workflows.Scripting;
using Xunit;

namespace Thads.Workflows.Tests.Scripting;

public sealed class ScriptTaskTests
{
    private readonly JintScriptRunner _runner = new();

    [Fact]
    public void Set_variables_come_back_as_changes_in_order_of_first_setting_with_the_last_value()
    {
        var result = _runner.Run(
            "execution.setVariable('a', 1); execution.setVariable('b', 'hai'); execution.setVariable('a', 3);",
            ScriptVariables.None);

        Assert.Equal(["a", "b"], result.Changes.Keys);
        Assert.Equal(3L, result.Changes["a"]!.GetValue<long>());
        Assert.Equal("hai", result.Changes["b"]!.GetValue<string>());
    }

    [Fact]
    public void A_script_without_writes_reports_no_changes()
    {
        var result = _runner.Run("const total = amount * 2;", ScriptVariables.Of(("amount", 5)));

        Assert.Empty(result.Changes);
    }

    [Fact]
    public void Variables_are_readable_by_name_and_through_get_variable()
    {
        var variables = ScriptVariables.Of(("amount", 5), ("hoTen", "Lê Thị Hoa"));

        var result = _runner.Run("[amount, execution.getVariable('amount'), execution.getVariable('hoTen')]", variables);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""[5, 5, "Lê Thị Hoa"]"""), result.Value), result.Value?.ToJsonString());
    }

    [Fact]
    public void Get_variable_of_an_unknown_name_returns_null()
    {
        var result = _runner.Run("execution.getVariable('khongCo') === null", ScriptVariables.None);

        Assert.True(result.Value!.GetValue<bool>());
    }

    [Fact]
    public void Has_variable_tells_which_variables_exist()
    {
        var result = _runner.Run(
            "[execution.hasVariable('amount'), execution.hasVariable('khongCo')]", ScriptVariables.Of(("amount", null)));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("[true, false]"), result.Value));
    }

    [Fact]
    public void Get_and_has_variable_see_what_the_script_set_earlier()
    {
        var result = _runner.Run(
            "execution.setVariable('trangThai', 'đã duyệt'); [execution.hasVariable('trangThai'), execution.getVariable('trangThai')]",
            ScriptVariables.None);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""[true, "đã duyệt"]"""), result.Value), result.Value?.ToJsonString());
    }

    [Theory]
    [InlineData("execution.setVariable('', 1)")]
    [InlineData("execution.setVariable(42, 1)")]
    [InlineData("execution.getVariable()")]
    public void Variable_names_must_be_non_empty_strings(string script)
    {
        var failure = Assert.Throws<ScriptException>(() => _runner.Run(script, ScriptVariables.None));

        Assert.Contains("expects a variable name (a non-empty string)", failure.Message);
    }

    [Fact]
    public void The_completion_value_is_the_value_of_the_last_expression()
    {
        var result = _runner.Run("const tong = items.reduce((s, i) => s + i.gia, 0);\ntong * 2;", ScriptVariables.Of(
            ("items", JsonNode.Parse("""[ { "gia": 100 }, { "gia": 250 } ]"""))));

        Assert.Equal(700L, result.Value!.GetValue<long>());
    }

    [Fact]
    public void A_script_ending_in_a_declaration_completes_with_null()
    {
        Assert.Null(_runner.Run("const x = 1;", ScriptVariables.None).Value);
    }

    [Fact]
    public void Assigning_to_a_variable_by_name_fails_and_points_to_set_variable()
    {
        var failure = Assert.Throws<ScriptException>(() => _runner.Run("amount = 5", ScriptVariables.Of(("amount", 1))));

        Assert.Contains("execution.setVariable('amount', value)", failure.Message);
    }

    [Fact]
    public void Assigning_to_an_undeclared_name_fails_in_strict_mode()
    {
        var failure = Assert.Throws<ScriptException>(() => _runner.Run("tong = 5", ScriptVariables.None));

        Assert.Contains("'tong' is not defined", failure.Message);
    }

    [Fact]
    public void A_script_may_declare_its_own_variable_with_the_name_of_a_process_variable_without_changing_it()
    {
        var result = _runner.Run("var total = 5; let amount = 7; total + amount", ScriptVariables.Of(("total", 1), ("amount", 2)));

        Assert.Equal(12L, result.Value!.GetValue<long>());
        Assert.Empty(result.Changes);
    }

    [Fact]
    public void The_variables_passed_in_are_not_modified()
    {
        var variables = ScriptVariables.Of(("amount", 1));

        _runner.Run("execution.setVariable('amount', 2); execution.setVariable('moi', 3)", variables);

        Assert.Equal(["amount"], variables.Keys);
        Assert.Equal(1, variables["amount"]!.GetValue<int>());
    }

    [Fact]
    public void Scripts_can_define_error_classes_that_set_their_own_name()
    {
        var failure = Assert.Throws<ScriptException>(() => _runner.Run(
            "class LoiNghiepVu extends Error { constructor(m) { super(m); this.name = 'LoiNghiepVu'; } }\nthrow new LoiNghiepVu('Thiếu giấy tờ');",
            ScriptVariables.None));

        Assert.Equal("LoiNghiepVu: Thiếu giấy tờ (line 2, column 7)", failure.Message);
    }
}
