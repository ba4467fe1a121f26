namespace Thads.Workflows.Activities;

/// <summary>Everything known about an activity class: its BPMN name, designer texts, inputs and outputs.</summary>
public sealed class ActivityDescriptor
{
    internal ActivityDescriptor(
        string typeName,
        Type clrType,
        string category,
        int version,
        LocalizedText displayName,
        LocalizedText description,
        IReadOnlyList<ActivityPropertyDescriptor> inputs,
        IReadOnlyList<ActivityPropertyDescriptor> outputs,
        ActivityPlan plan)
    {
        TypeName = typeName;
        ClrType = clrType;
        Category = category;
        Version = version;
        DisplayNameVi = displayName.Vi;
        DisplayNameEn = displayName.En;
        DescriptionVi = description.Vi;
        DescriptionEn = description.En;
        Inputs = inputs;
        Outputs = outputs;
        Plan = plan;
    }

    /// <summary>The name written in BPMN as <c>thads:activity</c>; case-sensitive.</summary>
    public string TypeName { get; }

    public Type ClrType { get; }

    public string Category { get; }

    /// <summary>The element template version (<see cref="WorkflowActivityAttribute.TemplateVersion"/>).</summary>
    public int Version { get; }

    public string DisplayNameVi { get; }

    public string DisplayNameEn { get; }

    public string DescriptionVi { get; }

    public string DescriptionEn { get; }

    /// <summary>Inputs in declaration order (base class first).</summary>
    public IReadOnlyList<ActivityPropertyDescriptor> Inputs { get; }

    /// <summary>Outputs in declaration order (base class first).</summary>
    public IReadOnlyList<ActivityPropertyDescriptor> Outputs { get; }

    /// <summary>Precomputed accessors and converters, built once so that each execution avoids reflection.</summary>
    internal ActivityPlan Plan { get; }

    internal string DisplayName(string language) => LocalizedText.IsEnglish(language) ? DisplayNameEn : DisplayNameVi;

    internal string Description(string language) => LocalizedText.IsEnglish(language) ? DescriptionEn : DescriptionVi;

    public override string ToString() => $"{TypeName} ({ClrType.FullName})";
}
