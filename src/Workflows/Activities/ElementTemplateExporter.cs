using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Thads.Workflows.Activities;

/// <summary>
/// Writes Camunda 7 element templates for bpmn-js-element-templates, one per activity, so that designers pick an
/// activity from a list and fill in a form instead of typing <c>thads:activity</c> and input parameters by hand.
/// </summary>
/// <remarks>
/// The designer's moddle extension must declare <c>thads:activity</c> as a string attribute of
/// <c>bpmn:ServiceTask</c>; the hidden template property writes it through a plain <c>property</c> binding.
/// </remarks>
public static class ElementTemplateExporter
{
    public const string SchemaUrl = "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json";

    /// <summary>Template ids are this prefix followed by the activity type name.</summary>
    public const string TemplateIdPrefix = "thads.";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",

        // Vietnamese labels stay readable in the file (and in code review) instead of becoming \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Returns a JSON array of templates, in the order given, with texts in <paramref name="language"/>.</summary>
    /// <param name="activities">Usually <see cref="ActivityRegistry.Descriptors"/>.</param>
    /// <param name="language"><c>"vi"</c> (default) or <c>"en"</c>; regional variants such as <c>"vi-VN"</c> are accepted.</param>
    /// <exception cref="ArgumentException">The language is neither Vietnamese nor English.</exception>
    public static string Export(IEnumerable<ActivityDescriptor> activities, string language = "vi")
    {
        ArgumentNullException.ThrowIfNull(activities);
        var texts = ElementTemplateTexts.For(language);

        var templates = new JsonArray();
        foreach (var activity in activities)
        {
            templates.Add(Template(activity, texts));
        }

        return templates.ToJsonString(Options);
    }

    private static JsonObject Template(ActivityDescriptor activity, ElementTemplateTexts texts)
    {
        var template = new JsonObject
        {
            ["$schema"] = SchemaUrl,
            ["name"] = activity.DisplayName(texts.Language),
            ["id"] = TemplateIdPrefix + activity.TypeName,
            ["version"] = activity.Version,
        };

        if (activity.Description(texts.Language) is { Length: > 0 } description)
        {
            template["description"] = description;
        }

        template["category"] = new JsonObject { ["id"] = activity.Category, ["name"] = activity.Category };
        template["appliesTo"] = new JsonArray("bpmn:Task");
        template["elementType"] = new JsonObject { ["value"] = "bpmn:ServiceTask" };
        if (Groups(activity, texts) is { Count: > 0 } groups)
        {
            template["groups"] = groups;
        }

        template["properties"] = Properties(activity, texts);
        return template;
    }

    private static JsonArray Groups(ActivityDescriptor activity, ElementTemplateTexts texts)
    {
        var groups = new JsonArray();
        if (activity.Inputs.Count > 0)
        {
            groups.Add(new JsonObject { ["id"] = ElementTemplateProperties.InputsGroup, ["label"] = texts.InputsGroup });
        }

        if (activity.Outputs.Count > 0)
        {
            groups.Add(new JsonObject { ["id"] = ElementTemplateProperties.OutputsGroup, ["label"] = texts.OutputsGroup });
        }

        return groups;
    }

    private static JsonArray Properties(ActivityDescriptor activity, ElementTemplateTexts texts)
    {
        var properties = new JsonArray(ElementTemplateProperties.ActivityType(activity));
        foreach (var input in activity.Inputs)
        {
            properties.Add(ElementTemplateProperties.Input(input, texts));
        }

        foreach (var output in activity.Outputs)
        {
            properties.Add(ElementTemplateProperties.Output(output, texts));
        }

        return properties;
    }
}
