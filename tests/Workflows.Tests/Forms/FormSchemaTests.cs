using Thads.Workflows.Forms;
using Xunit;

namespace Thads.Workflows.Tests.Forms;

public sealed class FormSchemaTests
{
    private const string Approval = """
        {
          "type": "default", "id": "approval", "schemaVersion": 16,
          "components": [
            { "type": "text", "text": "Phê duyệt" },
            { "type": "radio", "key": "decision", "label": "Quyết định", "defaultValue": "approve",
              "values": [ { "label": "Đồng ý", "value": "approve" }, { "label": "Không đồng ý", "value": "reject" } ],
              "validate": { "required": true } },
            { "type": "group", "label": "Chi tiết", "components": [
              { "type": "number", "key": "amount", "label": "Số tiền", "validate": { "min": 0, "max": 1000000000 } },
              { "type": "textarea", "key": "comment", "label": "Ý kiến" }
            ] }
          ]
        }
        """;

    [Fact]
    public void Fields_are_found_in_nested_groups_with_their_rules_and_layout_components_are_skipped()
    {
        var form = FormSchema.Parse(Approval);

        Assert.Equal("approval", form.Id);
        Assert.Equal(["decision", "amount", "comment"], form.Fields.Select(f => f.Key));
        var decision = form.Fields[0];
        Assert.True(decision.Required);
        Assert.Equal(["approve", "reject"], decision.AllowedValues);
        var amount = form.Fields[1];
        Assert.Equal("number", amount.Type);
        Assert.Equal(0, amount.Min);
        Assert.Equal(1_000_000_000, amount.Max);
    }

    [Fact]
    public void Default_values_are_what_a_person_accepting_every_default_submits()
    {
        var defaults = FormSchema.Parse(Approval).DefaultValues();

        Assert.Equal(["decision"], defaults.Keys);
        Assert.Equal("approve", defaults["decision"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{\"type\":\"default\"}")]
    public void Text_that_is_not_a_form_is_refused(string text)
    {
        Assert.Throws<FormatException>(() => FormSchema.Parse(text));
    }
}
