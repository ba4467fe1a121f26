using Thads.Enforcement.Calendar;

namespace Thads.Enforcement.Legal;

/// <summary>Periods the way the rule tables print them: "5 working days", "6 months", "immediately".</summary>
public static class PeriodText
{
    public static string Describe(DeadlinePeriod period) => period.Unit switch
    {
        DeadlineUnit.Immediate => "immediately",
        DeadlineUnit.WorkingDay => Plural(period.Count, "working day"),
        DeadlineUnit.Day => Plural(period.Count, "day"),
        DeadlineUnit.Month => Plural(period.Count, "month"),
        DeadlineUnit.Year => Plural(period.Count, "year"),
        _ => period.ToString(),
    };

    private static string Plural(int count, string unit) => count == 1 ? $"1 {unit}" : $"{count} {unit}s";
}
