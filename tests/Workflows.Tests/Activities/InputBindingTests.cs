using System.Text.Json.Nodes;
using Thads.Workflows.Activities;
using Thads.Workflows.Tests.Activities.Samples;
using Thads.Workflows.Tests.Activities.Support;
using Xunit;

namespace Thads.Workflows.Tests.Activities;

/// <summary>Inputs go JSON → property and come back through the same property as an output.</summary>
public sealed class InputBindingTests
{
    private static readonly ActivityDescriptor Probe = ActivityDescriber.Describe(typeof(ConversionProbeActivity));

    [Theory]
    [InlineData("text", "\"Nguyễn Văn A\"", "\"Nguyễn Văn A\"")]
    [InlineData("text", "42", "\"42\"")]
    [InlineData("count", "\"42\"", "42")]
    [InlineData("count", "42", "42")]
    [InlineData("count", "42.0", "42")]
    [InlineData("count", "\"-7\"", "-7")]
    [InlineData("bigCount", "\"9007199254740993\"", "9007199254740993")]
    [InlineData("amount", "\"1500000.50\"", "1500000.50")]
    [InlineData("amount", "12.5", "12.5")]
    [InlineData("ratio", "\"0.25\"", "0.25")]
    [InlineData("flag", "\"TRUE\"", "true")]
    [InlineData("flag", "false", "false")]
    [InlineData("id", "\"3F2504E0-4F89-11D3-9A0C-0305E82C3301\"", "\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\"")]
    [InlineData("day", "\"2024-05-31\"", "\"2024-05-31\"")]
    [InlineData("at", "\"2024-05-31T08:00:00+07:00\"", "\"2024-05-31T08:00:00.0000000+07:00\"")]
    [InlineData("at", "\"2024-05-31T01:00:00.250Z\"", "\"2024-05-31T01:00:00.2500000+00:00\"")]
    [InlineData("level", "\"urgent\"", "\"Urgent\"")]
    [InlineData("tags", "\"a, b ,c\"", "[\"a\",\"b\",\"c\"]")]
    [InlineData("tags", "[\"x\",\"y\"]", "[\"x\",\"y\"]")]
    [InlineData("tags", "\"[\\\"x\\\", \\\"y\\\"]\"", "[\"x\",\"y\"]")]
    [InlineData("names", "[\"Lan\",\"Hùng\"]", "[\"Lan\",\"Hùng\"]")]
    [InlineData("codes", "\"THA-01\"", "[\"THA-01\"]")]
    [InlineData("payload", "{\"a\":1}", "{\"a\":1}")]
    [InlineData("payload", "\"{\\\"a\\\":1}\"", "{\"a\":1}")]
    [InlineData("payload", "\"plain text\"", "\"plain text\"")]
    [InlineData("payload", "7", "7")]
    [InlineData("settings", "\"{\\\"b\\\":true}\"", "{\"b\":true}")]
    [InlineData("items", "[1,2]", "[1,2]")]
    [InlineData("maybeCount", "\"7\"", "7")]
    [InlineData("maybeDay", "\"2024-02-29\"", "\"2024-02-29\"")]
    [InlineData("maybeLevel", "\"low\"", "\"Low\"")]
    public async Task A_value_is_converted_to_the_property_type_and_back_to_canonical_json(string name, string input, string expected)
    {
        var invocation = await TestActivities.InvokeAsync(Probe, TestActivities.Inputs((name, input)));

        Assert.Equal(expected, Json(invocation.Outputs[name]));
    }

    [Theory]
    [InlineData("count", "\"nhiều\"", "a whole number")]
    [InlineData("count", "\"1.5\"", "a whole number")]
    [InlineData("count", "3000000000", "Int32 range")]
    [InlineData("amount", "\"5,000\"", "a number")]
    [InlineData("amount", "true", "a number")]
    [InlineData("ratio", "\"NaN\"", "a finite number")]
    [InlineData("flag", "\"có\"", "true or false")]
    [InlineData("flag", "1", "true or false")]
    [InlineData("id", "\"HS-01\"", "a GUID")]
    [InlineData("day", "\"31/05/2024\"", "yyyy-MM-dd")]
    [InlineData("day", "\"2024-05-31T00:00:00Z\"", "yyyy-MM-dd")]
    [InlineData("at", "\"2024-05-31T08:00:00\"", "with an offset")]
    [InlineData("at", "\"31/05/2024 08:00\"", "with an offset")]
    [InlineData("level", "\"Critical\"", "one of Low, Normal, Urgent")]
    [InlineData("level", "\"1\"", "one of Low, Normal, Urgent")]
    [InlineData("tags", "{\"a\":1}", "a list of texts")]
    [InlineData("tags", "[\"a\",null]", "a list of texts")]
    [InlineData("settings", "[1]", "a JSON object")]
    [InlineData("settings", "\"{not json\"", "a JSON object")]
    [InlineData("text", "{\"a\":1}", "text")]
    public async Task A_value_that_cannot_be_converted_is_reported_with_activity_input_and_value(string name, string input, string expectation)
    {
        var error = await Assert.ThrowsAsync<ActivityBindingException>(
            async () => await TestActivities.InvokeAsync(Probe, TestActivities.Inputs((name, input))));

        Assert.Equal("Samples.ConversionProbe", error.ActivityType);
        Assert.Equal(name, error.ParameterName);
        Assert.Contains("'Samples.ConversionProbe'", error.Message);
        Assert.Contains($"input '{name}'", error.Message);
        Assert.Contains(expectation, error.Message);
        Assert.Contains(Json(JsonNode.Parse(input)), error.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("null")]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    public async Task A_required_input_without_a_value_is_reported_by_name(string? value)
    {
        var inputs = value is null
            ? TestActivities.Inputs(("decision", "\"DongY\""))
            : TestActivities.Inputs(("decision", "\"DongY\""), ("caseNumber", value));

        var error = await Assert.ThrowsAsync<ActivityBindingException>(
            async () => await TestActivities.InvokeAsync(ActivityDescriber.Describe(typeof(ApproveCaseActivity)), inputs));

        Assert.Equal("caseNumber", error.ParameterName);
        Assert.Contains("'Samples.ApproveCase'", error.Message);
        Assert.Contains("required input 'caseNumber' has no value", error.Message);
    }

    [Fact]
    public async Task A_text_outside_the_declared_choices_is_refused()
    {
        var inputs = TestActivities.Inputs(("caseNumber", "\"HS-1\""), ("decision", "\"dongy\""));

        var error = await Assert.ThrowsAsync<ActivityBindingException>(
            async () => await TestActivities.InvokeAsync(ActivityDescriber.Describe(typeof(ApproveCaseActivity)), inputs));

        Assert.Contains("input 'decision' expects one of DongY, TuChoi, TraLai but got \"dongy\"", error.Message);
    }

    [Fact]
    public async Task An_enum_value_outside_the_declared_choices_is_refused()
    {
        var services = new TestServiceProvider().Add<INoticeSender>(new RecordingNoticeSender());
        var inputs = TestActivities.Inputs(("recipient", "\"0912345678\""), ("channel", "\"Zalo\""));

        var error = await Assert.ThrowsAsync<ActivityBindingException>(
            async () => await TestActivities.InvokeAsync(ActivityDescriber.Describe(typeof(SendNoticeActivity)), inputs, services));

        Assert.Contains("input 'channel' expects one of Email, Sms but got \"Zalo\"", error.Message);
    }

    [Fact]
    public async Task An_absent_input_with_a_default_value_gets_the_default()
    {
        var services = new TestServiceProvider().Add<INoticeSender>(new RecordingNoticeSender());
        var inputs = TestActivities.Inputs(("recipient", "\"0912345678\""), ("retryLimit", "\"\""));

        var invocation = await TestActivities.InvokeAsync(ActivityDescriber.Describe(typeof(SendNoticeActivity)), inputs, services);

        Assert.Equal("\"Sms\"", Json(invocation.Outputs["sentVia"]));
        Assert.Equal("3", Json(invocation.Outputs["usedRetryLimit"]));
    }

    [Fact]
    public async Task An_absent_optional_input_keeps_the_value_the_activity_initialised()
    {
        var invocation = await TestActivities.InvokeAsync(Probe, TestActivities.Inputs(("text", "null")));

        Assert.Equal("\"initial\"", Json(invocation.Outputs["text"]));
        Assert.Null(invocation.Outputs["maybeCount"]);
        Assert.Null(invocation.Outputs["payload"]);
    }

    [Fact]
    public async Task Inputs_the_activity_does_not_declare_are_ignored()
    {
        var invocation = await TestActivities.InvokeAsync(Probe, TestActivities.Inputs(("ghiChu", "\"không dùng\"")));

        Assert.DoesNotContain("ghiChu", invocation.Outputs.Keys);
    }

    [Fact]
    public async Task A_json_input_is_copied_so_the_activity_cannot_change_the_caller_variable()
    {
        var variable = new JsonObject { ["hoSo"] = new JsonObject { ["so"] = "HS-1" } };

        var invocation = await TestActivities.InvokeAsync(Probe, new Dictionary<string, JsonNode?> { ["payload"] = variable["hoSo"] });

        var payload = invocation.Outputs["payload"];
        Assert.NotSame(variable["hoSo"], payload);
        Assert.Null(payload!.Parent);
        Assert.Equal("{\"so\":\"HS-1\"}", Json(payload));
    }

    private static string Json(JsonNode? node) =>
        node?.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "null";
}
