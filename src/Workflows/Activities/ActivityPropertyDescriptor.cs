namespace Thads.Workflows.Activities;

/// <summary>An input or output of an activity, as seen by the designer and the engine.</summary>
public sealed class ActivityPropertyDescriptor
{
    internal ActivityPropertyDescriptor(
        string name,
        string propertyName,
        Type clrType,
        ActivityValueKind kind,
        LocalizedText displayName,
        LocalizedText description,
        bool required,
        string? defaultValue,
        IReadOnlyList<string> choices)
    {
        Name = name;
        PropertyName = propertyName;
        ClrType = clrType;
        Kind = kind;
        DisplayNameVi = displayName.Vi;
        DisplayNameEn = displayName.En;
        DescriptionVi = description.Vi;
        DescriptionEn = description.En;
        Required = required;
        DefaultValue = defaultValue;
        Choices = choices;
    }

    /// <summary>The name used in BPMN (<c>camunda:inputParameter name</c>, output variable): the property name with its first letter lower-cased.</summary>
    public string Name { get; }

    /// <summary>The CLR property behind it.</summary>
    public string PropertyName { get; }

    public Type ClrType { get; }

    public ActivityValueKind Kind { get; }

    public string DisplayNameVi { get; }

    public string DisplayNameEn { get; }

    public string DescriptionVi { get; }

    public string DescriptionEn { get; }

    /// <summary>For inputs: the value must be provided (or have a default). Always false for outputs.</summary>
    public bool Required { get; }

    /// <summary>For inputs: the BPMN text the designer pre-fills and the engine uses when the input is absent.</summary>
    public string? DefaultValue { get; }

    /// <summary>
    /// The default is a <c>${…}</c> expression (e.g. <c>${caseId}</c>): the engine evaluates it against the
    /// process variables when the BPMN gives no value, and treats a failed evaluation as "not provided".
    /// </summary>
    public bool DefaultIsExpression => DefaultValue is not null && Thads.Workflows.Model.ExpressionText.TryUnwrap(DefaultValue, out _);

    /// <summary>For <see cref="ActivityValueKind.Choice"/>: the allowed values as BPMN text; empty otherwise.</summary>
    public IReadOnlyList<string> Choices { get; }

    internal string DisplayName(string language) => LocalizedText.IsEnglish(language) ? DisplayNameEn : DisplayNameVi;

    internal string Description(string language) => LocalizedText.IsEnglish(language) ? DescriptionEn : DescriptionVi;

    public override string ToString() => $"{Name} ({ClrType.Name}, {Kind})";
}
