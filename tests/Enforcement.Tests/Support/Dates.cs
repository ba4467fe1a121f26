using System.Globalization;

namespace Thads.Enforcement.Tests.Support;

internal static class Dates
{
    /// <summary>An ISO date, so test data reads like the calendar tables it comes from.</summary>
    public static DateOnly D(string isoDate) => DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
