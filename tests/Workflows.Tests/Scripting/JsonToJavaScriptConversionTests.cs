using System.Text.Json.Nodes;
using Thads.Workflows.Scripting;
using Xunit;

namespace Thads.Workflows.Tests.Scripting;

public sealed class JsonToJavaScriptConversionTests
{
    private readonly JintScriptRunner _runner = new();

    [Fact]
    public void Json_scalars_arrive_as_the_matching_javascript_types()
    {
        var variables = ScriptVariables.Of(
            ("amount", 6_000_000), ("approved", true), ("name", "Lan"), ("nothing", null), ("ratio", 0.25));

        var allMatch = _runner.EvaluateCondition(
            "typeof amount === 'number' && approved === true && typeof name === 'string' && nothing === null && ratio === 0.25",
            variables);

        Assert.True(allMatch);
    }

    [Fact]
    public void Nested_objects_and_arrays_can_be_navigated()
    {
        var hoSo = JsonNode.Parse("""
            { "nguoiNop": { "hoTen": "Trần Văn Bình" }, "giayTo": [ { "loai": "CCCD" }, { "loai": "Sổ hộ khẩu" } ] }
            """);

        var text = _runner.Evaluate("hoSo.nguoiNop.hoTen + ' / ' + hoSo.giayTo[1].loai + ' / ' + hoSo.giayTo.length", ScriptVariables.Of(("hoSo", hoSo)));

        Assert.Equal("Trần Văn Bình / Sổ hộ khẩu / 2", text!.GetValue<string>());
    }

    [Fact]
    public void Vietnamese_text_is_read_character_for_character()
    {
        var variables = ScriptVariables.Of(("diaChi", "Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh"));

        var upper = _runner.Evaluate("diaChi.toUpperCase()", variables);
        var unchanged = _runner.EvaluateCondition("diaChi === 'Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh' && diaChi.length === 40", variables);

        Assert.Equal("PHƯỜNG BẾN NGHÉ, QUẬN 1, TP. HỒ CHÍ MINH", upper!.GetValue<string>());
        Assert.True(unchanged);
    }

    [Fact]
    public void Large_integers_keep_every_digit()
    {
        var variables = ScriptVariables.Of(("soTien", 12345678901234L));

        Assert.True(_runner.EvaluateCondition("soTien === 12345678901234 && soTien + 1 === 12345678901235", variables));
    }

    [Fact]
    public void Values_built_in_code_convert_like_parsed_ones()
    {
        var variables = ScriptVariables.Of(
            ("phi", JsonValue.Create(1.5m)),
            ("soLuong", JsonValue.Create((short)7)),
            ("ngayNop", JsonValue.Create(new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc))),
            ("maHoSo", JsonValue.Create(Guid.Parse("6d1bbc66-eb34-4256-be5c-0e0703b52b98"))));

        var allMatch = _runner.EvaluateCondition(
            "phi === 1.5 && soLuong === 7 && ngayNop === '2024-01-02T03:04:05Z' && maHoSo === '6d1bbc66-eb34-4256-be5c-0e0703b52b98'",
            variables);

        Assert.True(allMatch);
    }

    [Fact]
    public void A_script_that_mutates_a_variable_object_leaves_the_stored_json_untouched()
    {
        var order = JsonNode.Parse("""{ "total": 300, "items": [1, 2, 3] }""");
        var before = order!.ToJsonString();

        _runner.Run("order.total = 1; order.items.push(4); delete order.items; order.total", ScriptVariables.Of(("order", order)));

        Assert.Equal(before, order.ToJsonString());
    }
}
