using Thads.Enforcement.Legal;

namespace Thads.Host.Dashboard;

/// <summary>
/// Turns the legal deadlines (<see cref="LegalRules"/>, on the working-day calendar) into date cut-offs the database
/// can compare with: a deadline counted from a date grows with that date, so "due before today" is "counted from a
/// date on or before the cut-off". Computed once per request, so a list over 100,000 cases is one indexed query.
/// </summary>
public sealed class DashboardDeadlines
{
    private static readonly string?[] Kinds = [null, LegalRuleKinds.LongPrison, LegalRuleKinds.UnknownAddress];

    private readonly LegalRules rules;
    private readonly DateOnly today;
    private readonly Dictionary<string, DateOnly> _due = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateOnly> _overdue = new(StringComparer.Ordinal);

    /// <summary>Computes every cut-off at once, so that the queries may then read them from several threads.</summary>
    public DashboardDeadlines(LegalRules rules, DateOnly today)
    {
        this.rules = rules;
        this.today = today;
        LateVerificationCutoff = Latest(from => rules.Due(LegalRuleNames.Verification, from).DueDate < today, today.AddDays(-1));
        foreach (var kind in Kinds)
        {
            _due[kind ?? ""] = Latest(from => rules.Due(LegalRuleNames.Reverification, from, kind).DueDate <= today.AddDays(ReverificationLeadDays), today);
            _overdue[kind ?? ""] = Latest(from => rules.Due(LegalRuleNames.Reverification, from, kind).DueDate < today, today);
        }
    }

    /// <summary>
    /// Re-verification tasks open this many days before their deadline (<c>reminderLeadDays</c> of
    /// <c>thads-reverification</c>); the dashboard warns over the same period.
    /// </summary>
    public const int ReverificationLeadDays = 15;

    /// <summary>How far ahead the dashboard looks for voluntary periods about to end.</summary>
    public const int VoluntaryEndingDays = 3;

    public DateOnly Today => today;

    /// <summary>Voluntary periods that ended on or before this day have a verification deadline already past (Art. 44, ND 62 Art. 9).</summary>
    public DateOnly LateVerificationCutoff { get; }

    /// <summary>Last verifications on or before this day make the six-monthly re-verification due within the lead period.</summary>
    public DateOnly ReverificationDueCutoff(string? kind) => _due[kind ?? ""];

    /// <summary>Last verifications on or before this day make the re-verification past due (Art. 44 cl. 4).</summary>
    public DateOnly ReverificationOverdueCutoff(string? kind) => _overdue[kind ?? ""];

    public DateOnly VerificationDue(DateOnly voluntaryPeriodEnd) => rules.Due(LegalRuleNames.Verification, voluntaryPeriodEnd).DueDate;

    public DateOnly ReverificationDue(DateOnly lastVerified, string? kind) => rules.Due(LegalRuleNames.Reverification, lastVerified, kind).DueDate;

    /// <summary>
    /// The latest date on or before <paramref name="start"/> for which <paramref name="isDue"/> holds. Deadlines are a
    /// few days to a year long, so the search steps back a week at a time, then a day at a time.
    /// </summary>
    private static DateOnly Latest(Func<DateOnly, bool> isDue, DateOnly start)
    {
        var floor = LawDates.AmendingLaw2014EffectiveFrom;
        var date = start;
        while (date > floor && !Safe(isDue, date))
        {
            date = date.AddDays(-7);
        }

        if (!Safe(isDue, date))
        {
            // Nothing counted from any date the rule tables cover is due: no row can match.
            return DateOnly.MinValue;
        }

        // isDue(date) holds; move forward to the last day it still holds.
        while (date < start && Safe(isDue, date.AddDays(1)))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    private static bool Safe(Func<DateOnly, bool> isDue, DateOnly date)
    {
        try
        {
            return isDue(date);
        }
        catch (LegalDateOutOfRangeException)
        {
            return false;
        }
    }
}
