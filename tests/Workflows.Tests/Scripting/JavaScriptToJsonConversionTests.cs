using System.Text.Json;
using System.Text.Json.Nodes;
using Thads.Workflows.Scripting;
using Xunit;

namespace Thads.Workflows.Tests.Scripting;

public sealed class JavaScriptToJsonConversionTests
{
    private readonly JintScriptRunner _runner = new();

    [Theory]
    [InlineData("12345678901234", 12345678901234L)]
    [InlineData("5000000 * 2", 10_000_000L)]
    [InlineData("-0", 0L)]
    [InlineData("2 ** 53", 9007199254740992L)]
    public void Integral_numbers_become_integer_json_values(string expression, long expected)
    {
        var value = _runner.Evaluate(expression, ScriptVariables.None)!.AsValue();

        Assert.True(value.TryGetValue<long>(out var integer));
        Assert.Equal(expected, integer);
    }

    [Theory]
    [InlineData("0.1 + 0.2", 0.30000000000000004)]
    [InlineData("2 ** 53 + 2", 9007199254740994d)]
    public void Fractions_and_integers_beyond_two_to_the_53_become_doubles(string expression, double expected)
    {
        var value = _runner.Evaluate(expression, ScriptVariables.None)!.AsValue();

        Assert.False(value.TryGetValue<long>(out _));
        Assert.Equal(expected, value.GetValue<double>());
    }

    [Fact]
    public void Nested_objects_and_arrays_become_json_of_the_same_shape()
    {
        var value = _runner.Evaluate("({ tieuDe: 'Đơn đề nghị', buoc: [1, 'hai', { xong: false, ghiChu: null }], duyet: true })", ScriptVariables.None);

        var expected = JsonNode.Parse("""{ "tieuDe": "Đơn đề nghị", "buoc": [1, "hai", { "xong": false, "ghiChu": null }], "duyet": true }""");
        Assert.True(JsonNode.DeepEquals(expected, value), value?.ToJsonString());
    }

    [Fact]
    public void A_document_survives_the_round_trip_through_a_script_unchanged()
    {
        var hoSo = JsonNode.Parse("""
            { "ma": "HS-2024-000123", "soTien": 12345678901234, "phi": 0.5, "coQuan": "Sở Tài nguyên và Môi trường",
              "thanhPhan": [ { "ten": "Giấy chứng nhận quyền sử dụng đất", "banSao": 2 }, [], {} ], "daKy": false, "ghiChu": null }
            """);

        var result = _runner.Run("execution.setVariable('banSao', execution.getVariable('hoSo'))", ScriptVariables.Of(("hoSo", hoSo)));

        Assert.True(JsonNode.DeepEquals(hoSo, result.Changes["banSao"]), result.Changes["banSao"]?.ToJsonString());
    }

    [Fact]
    public void Undefined_and_array_holes_become_null()
    {
        var value = _runner.Evaluate("({ a: undefined, b: [1, , 3] })", ScriptVariables.None);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{ "a": null, "b": [1, null, 3] }"""), value), value?.ToJsonString());
        Assert.Null(_runner.Evaluate("undefined", ScriptVariables.None));
    }

    [Fact]
    public void Dates_become_iso_8601_text_in_utc()
    {
        var value = _runner.Evaluate("new Date(Date.UTC(2024, 0, 15, 8, 30, 5, 120))", ScriptVariables.None);

        Assert.Equal("2024-01-15T08:30:05.120Z", value!.GetValue<string>());
    }

    [Theory]
    [InlineData("NaN", "NaN")]
    [InlineData("1 / 0", "Infinity")]
    [InlineData("-1 / 0", "-Infinity")]
    [InlineData("new Date(NaN)", "invalid Date")]
    public void Numbers_without_a_json_form_are_refused(string expression, string named)
    {
        var failure = Assert.Throws<ScriptException>(() => _runner.Evaluate(expression, ScriptVariables.None));

        Assert.Contains(named, failure.Message);
    }

    [Theory]
    [InlineData("execution.setVariable('handler', function () {})", "'handler' is a function")]
    [InlineData("execution.setVariable('order', { items: [1, { check: () => true }] })", "'order.items[1].check' is a function")]
    [InlineData("execution.setVariable('key', Symbol('k'))", "'key' is a symbol")]
    [InlineData("execution.setVariable('total', { get value() { return 1; } })", "'total.value' is a getter")]
    public void Functions_symbols_and_getters_are_refused_naming_the_variable(string script, string expected)
    {
        var failure = Assert.Throws<ScriptException>(() => _runner.Run(script, ScriptVariables.None));

        Assert.Contains(expected, failure.Message);
    }

    [Fact]
    public void A_function_as_the_result_is_refused()
    {
        var failure = Assert.Throws<ScriptException>(() => _runner.Evaluate("(x) => x", ScriptVariables.None));

        Assert.Contains("'result' is a function", failure.Message);
    }

    [Fact]
    public void A_value_that_contains_itself_is_refused_instead_of_recursing_forever()
    {
        var failure = Assert.Throws<ScriptException>(() => _runner.Evaluate("const node = { ten: 'gốc' }; node.self = node; node", ScriptVariables.None));

        Assert.Contains("refers to itself", failure.Message);
    }

    [Fact]
    public void A_result_larger_than_the_memory_limit_is_refused()
    {
        // Four thousand references to one 4,000-character string: cheap in JavaScript, 32 MB as JSON text.
        var failure = Assert.Throws<ScriptException>(() =>
            _runner.Evaluate("const s = 'x'.repeat(4000); Array.from({ length: 4000 }, () => s)", ScriptVariables.None));

        Assert.Contains("too large", failure.Message);
    }

    [Fact]
    public void Results_serialize_with_vietnamese_text_intact()
    {
        var value = _runner.Evaluate("({ ketQua: 'Đã phê duyệt – chuyển Phòng Tư pháp' })", ScriptVariables.None);

        var json = value!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Equal("""{"ketQua":"Đã phê duyệt – chuyển Phòng Tư pháp"}""", json);
    }
}
