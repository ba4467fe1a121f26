using Thads.Enforcement.Calendar;

namespace Thads.Enforcement.Legal;

/// <summary>A due date computed from a rule: the rule row used (and so its citation and review status) travels with it.</summary>
/// <param name="Rule">The row of the table in force on <paramref name="EventDate"/>.</param>
/// <param name="TableTitle">The title of that table, e.g. the law version.</param>
/// <param name="EventDate">The date of the triggering event.</param>
/// <param name="Deadline">The last day and the calendar version it was computed with.</param>
public sealed record LegalDeadline(LegalRule Rule, string TableTitle, DateOnly EventDate, Deadline Deadline)
{
    /// <summary>The period ends at the close of this day.</summary>
    public DateOnly DueDate => Deadline.LastDay;

    public bool NeedsReview => Rule.NeedsReview;
}
