using System.Text.Json.Nodes;

namespace Thads.Workflows.Activities;

/// <summary>The <c>properties</c> entries of an element template: the hidden activity type, then inputs, then outputs.</summary>
internal static class ElementTemplateProperties
{
    public const string InputsGroup = "inputs";

    public const string OutputsGroup = "outputs";

    // Literal forms the engine accepts, or any ${...} / #{...} expression; empty passes so optional inputs may stay blank.
    private const string Expression = @"[$#]\{[\s\S]*\}";

    private static readonly Dictionary<ActivityValueKind, string> Patterns = new()
    {
        [ActivityValueKind.Integer] = $@"^(-?\d+|{Expression})?$",
        [ActivityValueKind.Number] = $@"^(-?\d+(\.\d+)?|{Expression})?$",
        [ActivityValueKind.Date] = $@"^(\d{{4}}-\d{{2}}-\d{{2}}|{Expression})?$",
        [ActivityValueKind.DateTime] = $@"^(\d{{4}}-\d{{2}}-\d{{2}}T\d{{2}}:\d{{2}}(:\d{{2}}(\.\d+)?)?(Z|[+-]\d{{2}}:\d{{2}})|{Expression})?$",
        [ActivityValueKind.Guid] = $@"^([0-9a-fA-F]{{8}}-[0-9a-fA-F]{{4}}-[0-9a-fA-F]{{4}}-[0-9a-fA-F]{{4}}-[0-9a-fA-F]{{12}}|{Expression})?$",
    };

    public static JsonObject ActivityType(ActivityDescriptor activity) => new()
    {
        ["type"] = "Hidden",
        ["value"] = activity.TypeName,
        ["binding"] = new JsonObject { ["type"] = "property", ["name"] = "thads:activity" },
    };

    public static JsonObject Input(ActivityPropertyDescriptor input, ElementTemplateTexts texts)
    {
        var property = Labelled(input, texts, input.Description(texts.Language));
        var choices = Choices(input, texts);
        var value = choices is null ? input.DefaultValue : CanonicalChoice(input.DefaultValue, choices);

        // The Camunda 7 schema forbids the Boolean (checkbox) type for camunda:inputParameter, hence a Yes/No drop-down.
        property["type"] = choices is not null ? "Dropdown" : input.Kind == ActivityValueKind.Json ? "Text" : "String";
        if (value is not null)
        {
            property["value"] = value;
        }

        if (choices is not null)
        {
            property["choices"] = choices;
        }

        if (Constraints(input, texts) is { Count: > 0 } constraints)
        {
            property["constraints"] = constraints;
        }

        property["group"] = InputsGroup;
        property["binding"] = new JsonObject { ["type"] = "camunda:inputParameter", ["name"] = input.Name };
        return property;
    }

    /// <summary>
    /// An output becomes a <c>camunda:outputParameter</c> whose name (the form field, pre-filled with the output's own
    /// name) is the process variable that receives <c>${output}</c>, so designers can redirect results per task.
    /// </summary>
    public static JsonObject Output(ActivityPropertyDescriptor output, ElementTemplateTexts texts)
    {
        var description = string.Join(" ", new[] { output.Description(texts.Language), texts.OutputHint }.Where(s => s.Length > 0));
        var property = Labelled(output, texts, description);
        property["type"] = "String";
        property["value"] = output.Name;
        property["constraints"] = new JsonObject { ["notEmpty"] = true };
        property["group"] = OutputsGroup;
        property["binding"] = new JsonObject { ["type"] = "camunda:outputParameter", ["source"] = "${" + output.Name + "}" };
        return property;
    }

    private static JsonObject Labelled(ActivityPropertyDescriptor descriptor, ElementTemplateTexts texts, string description)
    {
        var property = new JsonObject { ["label"] = descriptor.DisplayName(texts.Language) };
        if (description.Length > 0)
        {
            property["description"] = description;
        }

        return property;
    }

    private static JsonArray? Choices(ActivityPropertyDescriptor input, ElementTemplateTexts texts)
    {
        var choices = new JsonArray();

        // A drop-down cannot be left blank unless blank is one of its options; required ones get notEmpty instead.
        if (!input.Required || input.DefaultValue is null)
        {
            choices.Add(Choice(texts.NoChoice, ""));
        }

        if (input.Kind == ActivityValueKind.Boolean)
        {
            choices.Add(Choice(texts.Yes, "true"));
            choices.Add(Choice(texts.No, "false"));
            return choices;
        }

        if (input.Kind != ActivityValueKind.Choice)
        {
            return null;
        }

        foreach (var choice in input.Choices)
        {
            choices.Add(Choice(choice, choice));
        }

        return choices;
    }

    private static JsonObject Choice(string name, string value) => new() { ["name"] = name, ["value"] = value };

    /// <summary>The default as spelled by its option: enum and Boolean inputs accept any casing, a drop-down does not.</summary>
    private static string? CanonicalChoice(string? defaultValue, JsonArray choices)
    {
        if (defaultValue is null)
        {
            return null;
        }

        return choices
            .Select(choice => (string)choice!["value"]!)
            .FirstOrDefault(value => value.Length > 0 && value.Equals(defaultValue.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? defaultValue;
    }

    private static JsonObject Constraints(ActivityPropertyDescriptor input, ElementTemplateTexts texts)
    {
        var constraints = new JsonObject();
        if (input.Required)
        {
            constraints["notEmpty"] = true;
        }

        if (Patterns.TryGetValue(input.Kind, out var pattern))
        {
            constraints["pattern"] = new JsonObject { ["value"] = pattern, ["message"] = texts.PatternMessages[input.Kind] };
        }

        return constraints;
    }
}
