namespace Thads.Enforcement.Statistics.Facts;

/// <summary>One dated event of a case's statistical history. <see cref="Date"/> is yyyyMMdd as an integer.</summary>
public readonly record struct StatEvent(int Date, StatEventKind Kind, StatState State, long Amount)
{
    public static StatEvent To(int date, StatState state) => new(date, StatEventKind.State, state, 0);

    public static StatEvent Executed(int date, long amount) => new(date, StatEventKind.Executed, default, amount);

    public static StatEvent Reduced(int date, long amount) => new(date, StatEventKind.Reduced, default, amount);

    public static StatEvent AmountChange(int date, long amount) => new(date, StatEventKind.AmountChange, default, amount);
}
