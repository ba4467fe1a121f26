using System.Text.Json.Nodes;
using Thads.Workflows.Forms;
using Thads.Workflows.Model;
using Xunit;
using static Thads.Workflows.Tests.Definitions.StandardDefinitions;

namespace Thads.Workflows.Tests.Definitions;

/// <summary>
/// The form-js forms of the standard processes: one file per form key, valid, labelled in Vietnamese, with a
/// default on every field a gateway reads so that accepting every default walks the main path.
/// </summary>
public sealed class DefinitionFormTests
{
    private static readonly string FormsDirectory = Path.Combine(StandardDefinitions.Directory, "forms");

    public static TheoryData<string> FormFiles => [.. System.IO.Directory.EnumerateFiles(FormsDirectory, "*.form").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    public static TheoryData<string> AllKeys => [.. Keys];

    [Theory]
    [MemberData(nameof(FormFiles))]
    public void Each_form_is_form_js_json_named_like_its_file_with_components(string file)
    {
        var root = Assert.IsType<JsonObject>(JsonNode.Parse(File.ReadAllText(Path.Combine(FormsDirectory, file))));

        Assert.Equal("default", root["type"]!.GetValue<string>());
        Assert.Equal(Path.GetFileNameWithoutExtension(file), root["id"]!.GetValue<string>());
        Assert.Equal(16, root["schemaVersion"]!.GetValue<int>());
        var components = Assert.IsType<JsonArray>(root["components"]);
        Assert.NotEmpty(components);
        Assert.NotEmpty(FormSchema.Parse(root.ToJsonString()).Fields);
    }

    [Theory]
    [MemberData(nameof(FormFiles))]
    public void Every_field_has_a_vietnamese_label_money_is_never_negative_and_defaults_are_allowed_values(string file)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(FormsDirectory, file)))!;

        foreach (var component in Components(root["components"]!.AsArray()).Where(c => c["key"] is not null))
        {
            var key = component["key"]!.GetValue<string>();
            var label = (component["label"] ?? component["dateLabel"])?.GetValue<string>();
            Assert.False(string.IsNullOrWhiteSpace(label), $"{file}: {key} has no label");
            Assert.Equal($"Field_{key}", component["id"]?.GetValue<string>());
            if (component["type"]!.GetValue<string>() == "number")
            {
                Assert.Equal(0, component["validate"]?["min"]?.GetValue<int>());
            }

            if (component["values"] is JsonArray values && component["defaultValue"] is { } defaultValue)
            {
                Assert.Contains(defaultValue.GetValue<string>(), values.Select(v => v!["value"]!.GetValue<string>()));
            }
        }

        Assert.Contains(FormSchema.Parse(root.ToJsonString()).Fields, f => f.Label?.Any(c => c > 127) == true);
    }

    [Fact]
    public void Every_form_key_used_has_a_form_file_and_every_form_file_is_used()
    {
        var forms = LoadForms();
        var used = Keys.SelectMany(k => NodesOf<UserTaskNode>(Parse(k))).Select(t => t.FormKey!).Concat(ActivityForms).ToHashSet();

        Assert.All(used, key => Assert.True(forms.ContainsKey(key), $"no forms/{key}.form"));
        Assert.All(forms.Keys, key => Assert.Contains(key, used));
    }

    [Theory]
    [MemberData(nameof(AllKeys))]
    public void Every_variable_a_gateway_reads_has_a_form_field_with_a_default_or_comes_from_an_activity(string key)
    {
        var process = Parse(key);
        var forms = LoadForms();
        var called = NodesOf<CallActivityNode>(process).Select(c => Parse(c.CalledElement));
        var fields = new[] { process }.Concat(called)
            .SelectMany(NodesOf<UserTaskNode>).SelectMany(t => forms[t.FormKey!].Fields).ToList();

        foreach (var gateway in NodesOf<GatewayNode>(process))
        {
            foreach (var condition in gateway.Outgoing.Select(f => f.Condition).OfType<string>())
            {
                foreach (var variable in IdentifiersIn(ExpressionText.Condition(condition)))
                {
                    var field = fields.FirstOrDefault(f => f.Key == variable);
                    if (field is null)
                    {
                        Assert.True(NonFormVariables.ContainsKey(variable), $"{gateway.Id} reads {variable}, which no form of {key} or of the processes it calls sets");
                        continue;
                    }

                    Assert.True(field.DefaultValue is not null, $"{gateway.Id} reads {variable}: its form field needs a defaultValue");
                    foreach (var literal in LiteralsComparedWith(condition, variable))
                    {
                        Assert.Contains(literal, field.AllowedValues);
                    }
                }
            }
        }
    }

    [Fact]
    public void The_defaults_choose_the_main_path()
    {
        var forms = LoadForms();
        JsonNode? Default(string form, string field) => forms[form].DefaultValues()[field];

        Assert.True(Default("intake", "accepted")!.GetValue<bool>());
        Assert.True(Default("verification", "hasConditions")!.GetValue<bool>());
        Assert.Equal("completed", Default("execution", "outcome")!.GetValue<string>());
        Assert.False(Default("reverification", "conditionsFound")!.GetValue<bool>());
        Assert.Equal("approve", Default("approval", "decision")!.GetValue<string>());
        Assert.Equal("QK7", Default("delegation-prepare", "targetUnitCode")!.GetValue<string>());
        Assert.Equal("toan-bo", Default("delegation-prepare", "delegationScope")!.GetValue<string>());
        Assert.Equal(
            ["completed", "terminated", "postponed", "suspended", "delegate"],
            forms["execution"].Fields.Single(f => f.Key == "outcome").AllowedValues);
    }

    private static IEnumerable<JsonObject> Components(JsonArray components)
    {
        foreach (var component in components.OfType<JsonObject>())
        {
            yield return component;
            if (component["components"] is JsonArray children)
            {
                foreach (var child in Components(children))
                {
                    yield return child;
                }
            }
        }
    }
}
