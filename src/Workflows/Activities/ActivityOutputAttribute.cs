namespace Thads.Workflows.Activities;

/// <summary>An output of an activity: after execution its value becomes a process variable.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class ActivityOutputAttribute : Attribute
{
    public string DisplayNameVi { get; init; } = "";

    public string DisplayNameEn { get; init; } = "";

    public string DescriptionVi { get; init; } = "";

    public string DescriptionEn { get; init; } = "";
}
