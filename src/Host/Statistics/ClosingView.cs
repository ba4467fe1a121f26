using Thads.Enforcement.Statistics.Closing;
using Thads.Enforcement.Statistics.Definitions;
using Thads.Enforcement.Statistics.Engine;

namespace Thads.Host.Statistics;

public sealed record ClosingView(string Unit, int Year, int Month, string ClosedThrough, DateTimeOffset ClosedAt, string ClosedBy, string Checksum)
{
    public static ClosingView From(PeriodClosing c, string unitCode) =>
        new(unitCode, c.Year, c.Month, Thads.Enforcement.Statistics.Facts.StatDate.Iso(c.ClosedThrough), c.ClosedAt, c.ClosedBy, c.Checksum);
}
