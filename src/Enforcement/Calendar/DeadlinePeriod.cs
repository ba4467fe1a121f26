namespace Thads.Enforcement.Calendar;

/// <summary>A statutory period such as "5 working days" or "6 months"; <see cref="Count"/> is ignored for <see cref="DeadlineUnit.Immediate"/>.</summary>
public readonly record struct DeadlinePeriod(int Count, DeadlineUnit Unit)
{
    public static DeadlinePeriod Immediate { get; } = new(0, DeadlineUnit.Immediate);

    public static DeadlinePeriod WorkingDays(int count) => new(count, DeadlineUnit.WorkingDay);

    public static DeadlinePeriod Days(int count) => new(count, DeadlineUnit.Day);

    public static DeadlinePeriod Months(int count) => new(count, DeadlineUnit.Month);

    public static DeadlinePeriod Years(int count) => new(count, DeadlineUnit.Year);

    public override string ToString() => Unit == DeadlineUnit.Immediate ? "Immediate" : $"{Count} {Unit}";
}
