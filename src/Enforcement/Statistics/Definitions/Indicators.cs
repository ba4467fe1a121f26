namespace Thads.Enforcement.Statistics.Definitions;

/// <summary>The indicator codes of domain README §6.4, as the JSON report carries them.</summary>
public static class Indicators
{
    public static readonly IReadOnlyList<(string Code, Measure Measure)> All =
    [
        ("T", Measure.Total),
        ("CO", Measure.CarriedOver),
        ("NEW", Measure.New),
        ("RM", Measure.Removed),
        ("P", Measure.ToExecute),
        ("C", Measure.WithConditions),
        ("NC", Measure.NoConditions),
        ("X", Measure.Done),
        ("rate", Measure.Rate),
        ("NEXT", Measure.Next),
        ("NEXT_C", Measure.NextWithConditions),
    ];

    public static string? CodeOf(Measure measure) => All.FirstOrDefault(i => i.Measure == measure).Code;
}
