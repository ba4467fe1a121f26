namespace Thads.Workflows.Activities;

/// <summary>Marks a class as a workflow activity and names it for BPMN (<c>thads:activity</c>) and the designer.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class WorkflowActivityAttribute(string typeName) : Attribute
{
    public string TypeName { get; } = typeName;

    public string Category { get; init; } = "General";

    public string DisplayNameVi { get; init; } = "";

    public string DisplayNameEn { get; init; } = "";

    public string DescriptionVi { get; init; } = "";

    public string DescriptionEn { get; init; } = "";

    /// <summary>
    /// The designer template version. Raise it when inputs or outputs change so that bpmn-js offers to update
    /// tasks that were modelled with the previous version.
    /// </summary>
    public int TemplateVersion { get; init; } = 1;
}
