namespace Thads.Workflows.Activities;

/// <summary>
/// An input of an activity. In BPMN it is written as <c>camunda:inputParameter</c> with the property's
/// name (first letter lower-cased); the value is a literal or a <c>${…}</c> expression over process variables.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class ActivityInputAttribute : Attribute
{
    public string DisplayNameVi { get; init; } = "";

    public string DisplayNameEn { get; init; } = "";

    public string DescriptionVi { get; init; } = "";

    public string DescriptionEn { get; init; } = "";

    public bool Required { get; init; }

    /// <summary>The value the designer pre-fills (as BPMN text).</summary>
    public string? DefaultValue { get; init; }

    /// <summary>Allowed literal values, shown as a drop-down in the designer.</summary>
    public string[]? Choices { get; init; }
}
