using System.Text.Json.Nodes;
using Thads.Workflows.Activities;
using Thads.Workflows.Tests.Activities.Samples;
using Xunit;

namespace Thads.Workflows.Tests.Activities;

public sealed class ElementTemplateExporterTests
{
    private static readonly ActivityDescriptor ApproveCase = ActivityDescriber.Describe(typeof(ApproveCaseActivity));

    [Fact]
    public void Export_writes_one_template_per_activity_in_the_given_order()
    {
        var templates = Export("vi", ApproveCase, ActivityDescriber.Describe(typeof(SendNoticeActivity)));

        Assert.Equal(["thads.Samples.ApproveCase", "thads.Samples.SendNotice"], templates.Select(t => (string)t!["id"]!));
    }

    [Fact]
    public void A_template_carries_the_camunda_7_header_fields()
    {
        var template = Export("vi", ApproveCase).Single()!;

        Assert.Equal("https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json", (string)template["$schema"]!);
        Assert.Equal("Phê duyệt hồ sơ", (string)template["name"]!);
        Assert.Equal("thads.Samples.ApproveCase", (string)template["id"]!);
        Assert.Equal(1, (int)template["version"]!);
        Assert.Equal("Ghi nhận quyết định phê duyệt của chấp hành viên.", (string)template["description"]!);
        Assert.Equal("Phê duyệt", (string)template["category"]!["id"]!);
        Assert.Equal("Phê duyệt", (string)template["category"]!["name"]!);
        Assert.Equal(["bpmn:Task"], template["appliesTo"]!.AsArray().Select(a => (string)a!));
        Assert.Equal("bpmn:ServiceTask", (string)template["elementType"]!["value"]!);
    }

    [Fact]
    public void The_first_property_writes_the_activity_type_as_a_hidden_thads_attribute()
    {
        var first = Properties(Export("vi", ApproveCase).Single()!)[0]!;

        Assert.Equal("Hidden", (string)first["type"]!);
        Assert.Equal("Samples.ApproveCase", (string)first["value"]!);
        Assert.Equal("property", (string)first["binding"]!["type"]!);
        Assert.Equal("thads:activity", (string)first["binding"]!["name"]!);
    }

    [Fact]
    public void Inputs_become_input_parameters_in_declaration_order_then_outputs()
    {
        var properties = Properties(Export("vi", ApproveCase).Single()!).Skip(1).ToList();

        Assert.Equal(
            ["camunda:inputParameter", "camunda:inputParameter", "camunda:inputParameter", "camunda:inputParameter", "camunda:outputParameter", "camunda:outputParameter"],
            properties.Select(p => (string)p!["binding"]!["type"]!));
        Assert.Equal(["caseNumber", "decision", "amount", "dueDate"], properties.Take(4).Select(p => (string)p!["binding"]!["name"]!));
    }

    [Fact]
    public void A_required_text_input_is_a_non_empty_string_field()
    {
        var caseNumber = Input(Export("vi", ApproveCase).Single()!, "caseNumber");

        Assert.Equal("Số hồ sơ", (string)caseNumber["label"]!);
        Assert.Equal("Số hồ sơ thi hành án.", (string)caseNumber["description"]!);
        Assert.Equal("String", (string)caseNumber["type"]!);
        Assert.True((bool)caseNumber["constraints"]!["notEmpty"]!);
        Assert.Null(caseNumber["value"]);
    }

    [Fact]
    public void A_choice_input_is_a_dropdown_that_starts_blank_when_nothing_is_preselected()
    {
        var decision = Input(Export("vi", ApproveCase).Single()!, "decision");

        Assert.Equal("Dropdown", (string)decision["type"]!);
        Assert.Equal(["", "DongY", "TuChoi", "TraLai"], decision["choices"]!.AsArray().Select(c => (string)c!["value"]!));
        Assert.Equal("DongY", (string)decision["choices"]![1]!["name"]!);
        Assert.True((bool)decision["constraints"]!["notEmpty"]!);
    }

    [Fact]
    public void A_default_value_is_prefilled_and_numbers_and_dates_get_a_pattern()
    {
        var template = Export("vi", ApproveCase).Single()!;
        var amount = Input(template, "amount");
        var dueDate = Input(template, "dueDate");

        Assert.Equal("0", (string)amount["value"]!);
        Assert.Null(amount["constraints"]!["notEmpty"]);
        Assert.Matches((string)amount["constraints"]!["pattern"]!["value"]!, "1500000.5");
        Assert.Matches((string)amount["constraints"]!["pattern"]!["value"]!, "${soTien * 2}");
        Assert.DoesNotMatch((string)amount["constraints"]!["pattern"]!["value"]!, "1.500.000");
        Assert.Contains("dấu chấm", (string)amount["constraints"]!["pattern"]!["message"]!);
        Assert.Matches((string)dueDate["constraints"]!["pattern"]!["value"]!, "2024-05-31");
        Assert.DoesNotMatch((string)dueDate["constraints"]!["pattern"]!["value"]!, "31/05/2024");
    }

    [Fact]
    public void A_boolean_input_is_a_yes_no_dropdown_because_the_schema_forbids_checkboxes_for_input_parameters()
    {
        var flag = Input(Export("vi", ActivityDescriber.Describe(typeof(ConversionProbeActivity))).Single()!, "flag");

        Assert.Equal("Dropdown", (string)flag["type"]!);
        Assert.Equal(["(không chọn)", "Có", "Không"], flag["choices"]!.AsArray().Select(c => (string)c!["name"]!));
        Assert.Equal(["", "true", "false"], flag["choices"]!.AsArray().Select(c => (string)c!["value"]!));
    }

    [Fact]
    public void A_json_input_is_a_text_area()
    {
        var payload = Input(Export("vi", ActivityDescriber.Describe(typeof(ConversionProbeActivity))).Single()!, "payload");

        Assert.Equal("Text", (string)payload["type"]!);
    }

    [Fact]
    public void An_enum_default_is_spelled_like_its_option()
    {
        var channel = Input(Export("vi", ActivityDescriber.Describe(typeof(SendNoticeActivity))).Single()!, "channel");

        Assert.Equal("Sms", (string)channel["value"]!);
        Assert.Equal(["", "Email", "Sms"], channel["choices"]!.AsArray().Select(c => (string)c!["value"]!));
    }

    [Fact]
    public void An_output_lets_the_designer_name_the_variable_that_receives_it()
    {
        var approved = Properties(Export("vi", ApproveCase).Single()!)
            .Single(p => (string?)p!["binding"]!["source"] == "${approved}")!;

        Assert.Equal("Đã phê duyệt", (string)approved["label"]!);
        Assert.Equal("String", (string)approved["type"]!);
        Assert.Equal("approved", (string)approved["value"]!);
        Assert.True((bool)approved["constraints"]!["notEmpty"]!);
        Assert.Equal("outputs", (string)approved["group"]!);
    }

    [Fact]
    public void Groups_separate_inputs_from_outputs()
    {
        var template = Export("vi", ApproveCase).Single()!;

        Assert.Equal(["inputs", "outputs"], template["groups"]!.AsArray().Select(g => (string)g!["id"]!));
        Assert.Equal("Đầu vào", (string)template["groups"]![0]!["label"]!);
        var groupIds = template["groups"]!.AsArray().Select(g => (string)g!["id"]!).ToHashSet();
        Assert.All(Properties(template).Skip(1), p => Assert.Contains((string)p!["group"]!, groupIds));
    }

    [Fact]
    public void English_export_uses_the_English_texts()
    {
        var template = Export("en", ApproveCase).Single()!;

        Assert.Equal("Approve case", (string)template["name"]!);
        Assert.Equal("Records the enforcement officer's decision.", (string)template["description"]!);
        Assert.Equal("Case number", (string)Input(template, "caseNumber")["label"]!);
        Assert.Equal("Inputs", (string)template["groups"]![0]!["label"]!);
    }

    [Fact]
    public void Vietnamese_text_is_written_without_escapes_and_indented()
    {
        var json = ElementTemplateExporter.Export([ApproveCase], "vi");

        Assert.Contains("\"name\": \"Phê duyệt hồ sơ\"", json);
        Assert.Contains("\n  {\n", json);
        Assert.DoesNotContain("\\u", json);
    }

    [Fact]
    public void The_template_version_follows_the_activity_attribute()
    {
        var template = Export("vi", ActivityDescriber.Describe(typeof(ArchiveCaseActivity))).Single()!;

        Assert.Equal(2, (int)template["version"]!);
    }

    [Fact]
    public void Every_property_uses_a_field_type_the_camunda_7_schema_allows_for_its_binding()
    {
        var registry = new ActivityRegistry();
        registry.RegisterFromAssemblies(typeof(ApproveCaseActivity).Assembly);

        foreach (var property in Export("vi", [.. registry.Descriptors]).SelectMany(t => Properties(t!)))
        {
            var type = (string)property!["type"]!;
            var binding = property["binding"]!;
            switch ((string)binding["type"]!)
            {
                case "property":
                    Assert.Contains(type, new[] { "String", "Text", "Hidden", "Dropdown", "Boolean" });
                    Assert.NotNull(binding["name"]);
                    break;
                case "camunda:inputParameter":
                    Assert.Contains(type, new[] { "String", "Text", "Hidden", "Dropdown" });
                    Assert.NotNull(binding["name"]);
                    break;
                case "camunda:outputParameter":
                    Assert.Contains(type, new[] { "String", "Hidden", "Dropdown" });
                    Assert.NotNull(binding["source"]);
                    break;
                default:
                    Assert.Fail($"Unexpected binding {binding.ToJsonString()}");
                    break;
            }

            if (type == "Dropdown")
            {
                Assert.All(property["choices"]!.AsArray(), c => Assert.True(c!["name"] is not null && c["value"] is not null));
            }
        }
    }

    [Fact]
    public void An_unsupported_language_is_refused()
    {
        Assert.Throws<ArgumentException>("language", () => ElementTemplateExporter.Export([ApproveCase], "fr"));
    }

    private static JsonArray Export(string language, params ActivityDescriptor[] activities) =>
        JsonNode.Parse(ElementTemplateExporter.Export(activities, language))!.AsArray();

    private static JsonArray Properties(JsonNode template) => template["properties"]!.AsArray();

    private static JsonNode Input(JsonNode template, string name) =>
        Properties(template).Single(p => (string?)p!["binding"]!["name"] == name && (string)p["binding"]!["type"]! == "camunda:inputParameter")!;
}
