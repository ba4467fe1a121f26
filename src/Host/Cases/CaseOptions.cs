namespace Thads.Host.Cases;

/// <summary>Settings of case intake (section <c>Cases</c>).</summary>
public sealed class CaseOptions
{
    public const string SectionName = "Cases";

    /// <summary>The process intake starts for a new case; its instance's business key is the case number.</summary>
    public string ProcessKey { get; set; } = "thads-enforcement";
}
