namespace Thads.Host.Demo;

/// <summary>The first-run demo cases (<c>Demo:Cases</c>); they come with the demo organisation (<c>Demo:Seed</c>).</summary>
public sealed class DemoCasesOptions
{
    public const string SectionName = "Demo";
    public const string CasesKey = SectionName + ":" + nameof(Cases);
    public const string CasesSeedKey = SectionName + ":" + nameof(CasesSeed);

    /// <summary>Create about 50 demo cases in every state on the first start (needs <c>Demo:Seed</c> too).</summary>
    public bool Cases { get; set; } = true;

    /// <summary>The seed of the names, amounts and timings; the same seed gives the same cases.</summary>
    public int CasesSeed { get; set; } = Thads.Enforcement.Demo.DemoCasePlanner.DefaultSeed;
}
