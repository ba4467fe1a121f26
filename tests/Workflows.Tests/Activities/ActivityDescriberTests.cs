using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Thads.Workflows.Activities;
using Thads.Workflows.Tests.Activities.Samples;
using Xunit;

namespace Thads.Workflows.Tests.Activities;

public sealed class ActivityDescriberTests
{
    [Fact]
    public void Describe_reads_the_class_attribute()
    {
        var descriptor = ActivityDescriber.Describe(typeof(ApproveCaseActivity));

        Assert.Equal("Samples.ApproveCase", descriptor.TypeName);
        Assert.Equal(typeof(ApproveCaseActivity), descriptor.ClrType);
        Assert.Equal("Phê duyệt", descriptor.Category);
        Assert.Equal(1, descriptor.Version);
        Assert.Equal("Phê duyệt hồ sơ", descriptor.DisplayNameVi);
        Assert.Equal("Approve case", descriptor.DisplayNameEn);
        Assert.Equal("Ghi nhận quyết định phê duyệt của chấp hành viên.", descriptor.DescriptionVi);
        Assert.Equal("Records the enforcement officer's decision.", descriptor.DescriptionEn);
    }

    [Fact]
    public void Inputs_and_outputs_keep_declaration_order_and_use_lower_camel_case_names()
    {
        var descriptor = ActivityDescriber.Describe(typeof(ApproveCaseActivity));

        Assert.Equal(["caseNumber", "decision", "amount", "dueDate"], descriptor.Inputs.Select(i => i.Name));
        Assert.Equal(["approved", "approvedAmount"], descriptor.Outputs.Select(o => o.Name));
        Assert.Equal("CaseNumber", descriptor.Inputs[0].PropertyName);
    }

    [Fact]
    public void Input_attributes_are_carried_into_the_descriptor()
    {
        var inputs = ActivityDescriber.Describe(typeof(ApproveCaseActivity)).Inputs;

        var caseNumber = inputs[0];
        Assert.Equal(ActivityValueKind.Text, caseNumber.Kind);
        Assert.True(caseNumber.Required);
        Assert.Equal("Số hồ sơ", caseNumber.DisplayNameVi);
        Assert.Equal("Case number", caseNumber.DisplayNameEn);

        var decision = inputs[1];
        Assert.Equal(ActivityValueKind.Choice, decision.Kind);
        Assert.Equal(["DongY", "TuChoi", "TraLai"], decision.Choices);

        var amount = inputs[2];
        Assert.Equal(typeof(decimal), amount.ClrType);
        Assert.Equal(ActivityValueKind.Number, amount.Kind);
        Assert.False(amount.Required);
        Assert.Equal("0", amount.DefaultValue);

        var dueDate = inputs[3];
        Assert.Equal(typeof(DateOnly?), dueDate.ClrType);
        Assert.Equal(ActivityValueKind.Date, dueDate.Kind);
        Assert.Null(dueDate.DefaultValue);
        Assert.Empty(dueDate.Choices);
    }

    [Theory]
    [InlineData("text", ActivityValueKind.Text)]
    [InlineData("count", ActivityValueKind.Integer)]
    [InlineData("bigCount", ActivityValueKind.Integer)]
    [InlineData("amount", ActivityValueKind.Number)]
    [InlineData("ratio", ActivityValueKind.Number)]
    [InlineData("flag", ActivityValueKind.Boolean)]
    [InlineData("id", ActivityValueKind.Guid)]
    [InlineData("day", ActivityValueKind.Date)]
    [InlineData("at", ActivityValueKind.DateTime)]
    [InlineData("level", ActivityValueKind.Choice)]
    [InlineData("tags", ActivityValueKind.TextList)]
    [InlineData("names", ActivityValueKind.TextList)]
    [InlineData("codes", ActivityValueKind.TextList)]
    [InlineData("payload", ActivityValueKind.Json)]
    [InlineData("settings", ActivityValueKind.Json)]
    [InlineData("items", ActivityValueKind.Json)]
    [InlineData("maybeCount", ActivityValueKind.Integer)]
    [InlineData("maybeDay", ActivityValueKind.Date)]
    [InlineData("maybeLevel", ActivityValueKind.Choice)]
    public void Each_supported_property_type_maps_to_a_value_kind(string name, ActivityValueKind kind)
    {
        var descriptor = ActivityDescriber.Describe(typeof(ConversionProbeActivity));

        Assert.Equal(kind, descriptor.Inputs.Single(i => i.Name == name).Kind);
        Assert.Equal(kind, descriptor.Outputs.Single(o => o.Name == name).Kind);
    }

    [Fact]
    public void An_enum_input_offers_its_names_as_choices()
    {
        var level = ActivityDescriber.Describe(typeof(ConversionProbeActivity)).Inputs.Single(i => i.Name == "level");

        Assert.Equal(["Low", "Normal", "Urgent"], level.Choices);
    }

    [Fact]
    public void Explicit_choices_narrow_an_enum_input()
    {
        var channel = ActivityDescriber.Describe(typeof(SendNoticeActivity)).Inputs.Single(i => i.Name == "channel");

        Assert.Equal(ActivityValueKind.Choice, channel.Kind);
        Assert.Equal(["Email", "Sms"], channel.Choices);
    }

    [Fact]
    public void A_missing_Vietnamese_display_name_falls_back_to_English()
    {
        var descriptor = ActivityDescriber.Describe(typeof(EnglishOnlyActivity));

        Assert.Equal("English only", descriptor.DisplayNameVi);
        Assert.Equal("Described in English.", descriptor.DescriptionVi);
        Assert.Equal("Reference", descriptor.Inputs[0].DisplayNameVi);
        Assert.Equal("An English-only input.", descriptor.Inputs[0].DescriptionVi);
    }

    [Fact]
    public void A_missing_English_display_name_falls_back_to_Vietnamese()
    {
        var descriptor = ActivityDescriber.Describe(typeof(VietnameseOnlyActivity));

        Assert.Equal("Chỉ tiếng Việt", descriptor.DisplayNameEn);
        Assert.Equal("Mô tả bằng tiếng Việt.", descriptor.DescriptionEn);
        Assert.Equal("Mã", descriptor.Inputs[0].DisplayNameEn);
    }

    [Fact]
    public void Without_any_display_name_the_type_name_and_input_name_are_shown()
    {
        var descriptor = ActivityDescriber.Describe(typeof(UnnamedActivity));

        Assert.Equal("Samples.Unnamed", descriptor.DisplayNameVi);
        Assert.Equal("Samples.Unnamed", descriptor.DisplayNameEn);
        Assert.Equal("", descriptor.DescriptionVi);
        Assert.Equal("General", descriptor.Category);
        Assert.Equal("caseNumber", descriptor.Inputs[0].DisplayNameVi);
        Assert.Equal("caseNumber", descriptor.Inputs[0].DisplayNameEn);
    }

    [Fact]
    public void Inherited_inputs_come_before_the_derived_class_inputs()
    {
        var descriptor = ActivityDescriber.Describe(typeof(ArchiveCaseActivity));

        Assert.Equal(["note", "caseNumber"], descriptor.Inputs.Select(i => i.Name));
        Assert.Equal(2, descriptor.Version);
    }

    [Theory]
    [InlineData(typeof(NoAttribute), "no [WorkflowActivity] attribute")]
    [InlineData(typeof(NotAnActivity), "does not implement IWorkflowActivity")]
    [InlineData(typeof(AbstractActivity), "abstract")]
    [InlineData(typeof(NoPublicConstructor), "no public constructor")]
    [InlineData(typeof(TwoConstructors), "several public constructors")]
    [InlineData(typeof(BadTypeName), "type name 'has space'")]
    [InlineData(typeof(ZeroTemplateVersion), "template version 0 must be 1 or more")]
    [InlineData(typeof(UnsupportedPropertyType), "property 'Address' has type Uri, which is not supported")]
    [InlineData(typeof(InputWithoutSetter), "input 'Total' has no public setter")]
    [InlineData(typeof(DefaultThatDoesNotConvert), "the default value 'nhiều' of input 'count' is not a whole number")]
    [InlineData(typeof(DefaultOutsideChoices), "the default value 'C' of input 'grade' is not one of A, B")]
    [InlineData(typeof(ChoiceThatIsNotAnEnumName), "the choice 'Critical' of input 'level' is not one of Low, Normal, Urgent")]
    [InlineData(typeof(ChoicesOnANumber), "input 'Count' has Choices but is Int32")]
    [InlineData(typeof(ClashingNames), "properties Value, value all become the input name 'value'")]
    public void A_class_that_breaks_the_contract_is_rejected_with_the_reason(Type type, string reason)
    {
        var error = Assert.Throws<ArgumentException>("activityType", () => ActivityDescriber.Describe(type));

        Assert.Contains(type.FullName!, error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void One_constructor_marked_for_activation_settles_the_choice()
    {
        var descriptor = ActivityDescriber.Describe(typeof(MarkedConstructor));

        Assert.Equal("Bad.Marked", descriptor.TypeName);
    }

    private sealed class NoAttribute : IWorkflowActivity
    {
        public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default) => Done();
    }

    [WorkflowActivity("Bad.NotAnActivity")]
    private sealed class NotAnActivity;

    [WorkflowActivity("Bad.Abstract")]
    private abstract class AbstractActivity : IWorkflowActivity
    {
        public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default) => Done();
    }

    [WorkflowActivity("Bad.NoPublicConstructor")]
    private sealed class NoPublicConstructor : IWorkflowActivity
    {
        private NoPublicConstructor()
        {
        }

        public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default) => Done();
    }

    [WorkflowActivity("Bad.TwoConstructors")]
    private sealed class TwoConstructors : IWorkflowActivity
    {
        public TwoConstructors()
        {
        }

        public TwoConstructors(IServiceProvider services) => _ = services;

        public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default) => Done();
    }

    [WorkflowActivity("Bad.Marked")]
    private sealed class MarkedConstructor : IWorkflowActivity
    {
        public MarkedConstructor()
        {
        }

        [ActivatorUtilitiesConstructor]
        public MarkedConstructor(IServiceProvider services) => _ = services;

        public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default) => Done();
    }

    [WorkflowActivity("has space")]
    private sealed class BadTypeName : IWorkflowActivity
    {
        public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default) => Done();
    }

    [WorkflowActivity("Bad.ZeroTemplateVersion", TemplateVersion = 0)]
    private sealed class ZeroTemplateVersion : IWorkflowActivity
    {
        public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default) => Done();
    }

    [WorkflowActivity("Bad.UnsupportedPropertyType")]
    private sealed class UnsupportedPropertyType : IWorkflowActivity
    {
        [ActivityInput]
        public Uri? Address { get; set; }

        public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default) => Done();
    }

    [WorkflowActivity("Bad.InputWithoutSetter")]
    private sealed class InputWithoutSetter : IWorkflowActivity
    {
        [ActivityInput]
        public decimal Total { get; private set; }

        public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default) => Done();
    }

    [WorkflowActivity("Bad.DefaultThatDoesNotConvert")]
    private sealed class DefaultThatDoesNotConvert : IWorkflowActivity
    {
        [ActivityInput(DefaultValue = "nhiều")]
        public int Count { get; set; }

        public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default) => Done();
    }

    [WorkflowActivity("Bad.DefaultOutsideChoices")]
    private sealed class DefaultOutsideChoices : IWorkflowActivity
    {
        [ActivityInput(Choices = ["A", "B"], DefaultValue = "C")]
        public string Grade { get; set; } = "";

        public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default) => Done();
    }

    [WorkflowActivity("Bad.ChoiceThatIsNotAnEnumName")]
    private sealed class ChoiceThatIsNotAnEnumName : IWorkflowActivity
    {
        [ActivityInput(Choices = ["Low", "Critical"])]
        public Priority Level { get; set; }

        public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default) => Done();
    }

    [WorkflowActivity("Bad.ChoicesOnANumber")]
    private sealed class ChoicesOnANumber : IWorkflowActivity
    {
        [ActivityInput(Choices = ["1", "2"])]
        public int Count { get; set; }

        public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default) => Done();
    }

    [WorkflowActivity("Bad.ClashingNames")]
    private sealed class ClashingNames : IWorkflowActivity
    {
        [ActivityInput]
        public string Value { get; set; } = "";

        [ActivityInput]
        public JsonNode? value { get; set; }

        public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default) => Done();
    }

    private static ValueTask<ActivityResult> Done() => ValueTask.FromResult(ActivityResult.Completed);
}
