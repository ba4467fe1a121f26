using Thads.Enforcement.Statistics.Definitions;

namespace Thads.Enforcement.Statistics.Engine;

/// <summary>The cases form and the money form of one scope and period.</summary>
public sealed record ReportPair(StatisticsReport Cases, StatisticsReport Money)
{
    public StatisticsReport Of(FormKind form) => form == FormKind.Cases ? Cases : Money;
}
