using Thads.Enforcement.Calendar;

namespace Thads.Enforcement.Legal;

/// <summary>
/// Due dates of the statutory deadlines: the rule row comes from the version in force on the event date, the
/// counting from <see cref="DeadlineCalculator"/> (working days on the stored calendar; calendar periods start the
/// day after the event and end on the next working day when their last day is a day off).
/// </summary>
public sealed class LegalRules(DeadlineCalculator calculator, LegalRuleBook book)
{
    public LegalRules(DeadlineCalculator calculator)
        : this(calculator, LegalRuleBook.Standard)
    {
    }

    /// <summary>Every rule name, for help texts and error messages.</summary>
    public IReadOnlyList<string> Names => book.RuleNames;

    /// <summary>The row that applies to an event on <paramref name="eventDate"/>.</summary>
    /// <exception cref="UnknownLegalRuleException">Unknown rule or kind; the message lists the valid ones.</exception>
    /// <exception cref="LegalDateOutOfRangeException">The date is before the first version.</exception>
    public LegalRule Rule(string ruleName, DateOnly eventDate, string? kind = null) =>
        book.InForceOn(eventDate).Find(ruleName, kind);

    /// <summary>The last day of <paramref name="ruleName"/>'s period for an event on <paramref name="fromDate"/>.</summary>
    /// <exception cref="UnknownLegalRuleException">Unknown rule or kind; the message lists the valid ones.</exception>
    /// <exception cref="LegalDateOutOfRangeException">The date is before the first version.</exception>
    public LegalDeadline Due(string ruleName, DateOnly fromDate, string? kind = null)
    {
        var table = book.InForceOn(fromDate);
        var rule = table.Find(ruleName, kind);
        return new LegalDeadline(rule, table.Title, fromDate, calculator.Compute(fromDate, rule.Period));
    }
}
