using Thads.Enforcement.Cases;

namespace Thads.Host.Cases;

/// <summary>
/// The money of a case at a glance: what the decision orders (split state budget / private, as Biểu 07 does), what
/// was paid towards it, the movements of the money book, and what the executors still hold on the case.
/// </summary>
public sealed record MoneySummary(
    long Owed,
    long Paid,
    long Remaining,
    long StateBudgetOwed,
    long StateBudgetRemaining,
    long PrivateOwed,
    long PrivateRemaining,
    long Collected,
    long PaidOut,
    long Returned,
    long PaidDirectly,
    long HandedOver,
    long ReceivedByHandover,
    long Held)
{
    public static MoneySummary Of(EnforcementCase c)
    {
        long Sum(MoneyKind kind) => c.MoneyEntries.Where(m => m.Kind == kind).Sum(m => m.Amount);
        var state = c.Obligations.Where(o => o.IsStateBudget).ToList();
        var owedPrivately = c.Obligations.Where(o => !o.IsStateBudget).ToList();
        return new MoneySummary(
            c.Obligations.Sum(o => o.Amount),
            c.Obligations.Sum(o => o.Paid),
            c.Obligations.Sum(o => o.Remaining),
            state.Sum(o => o.Amount),
            state.Sum(o => o.Remaining),
            owedPrivately.Sum(o => o.Amount),
            owedPrivately.Sum(o => o.Remaining),
            Sum(MoneyKind.Collected),
            Sum(MoneyKind.PaidOut),
            Sum(MoneyKind.Returned),
            Sum(MoneyKind.PaidDirectly),
            Sum(MoneyKind.HandedOver),
            Sum(MoneyKind.ReceivedByHandover),
            c.MoneyEntries.Sum(m => m.HeldEffect));
    }
}
