using Thads.Enforcement.Legal;
using Thads.Enforcement.Tests.Support;
using static Thads.Enforcement.Tests.Support.Dates;

namespace Thads.Enforcement.Tests.Legal;

/// <summary>Due dates on the seeded calendar: Tết Bính Ngọ 16–20/02/2026, swapped Saturdays 10/01 and 22/08/2026.</summary>
public sealed class LegalRulesDueTests(SeededCalendarFixture fixture) : IClassFixture<SeededCalendarFixture>
{
    private LegalRules Rules => new(fixture.Database.Deadlines);

    [Theory]
    // Art. 36: request received Friday 13/02, before Tết; the 5 working days are 23–27/02.
    [InlineData("decision", null, "2026-02-13", "2026-02-27")]
    // Art. 36: the swapped Saturday 10/01/2026 is a working day: Fri 09, Sat 10, Mon 12, Tue 13, Wed 14.
    [InlineData("decision", null, "2026-01-08", "2026-01-14")]
    // New Year 01/01 and the swapped day off 02/01 are skipped.
    [InlineData("decision", null, "2025-12-31", "2026-01-09")]
    // 30/04 and 01/05 are skipped.
    [InlineData("decision", "ex-officio", "2026-04-28", "2026-05-07")]
    [InlineData("decision", "interim-measure", "2026-02-14", "2026-02-14")]
    [InlineData("decision", "bankruptcy", "2026-02-12", "2026-02-24")]
    [InlineData("refusal", null, "2026-02-13", "2026-02-27")]
    // Art. 39: Sat 10/01 (swapped), Mon 12, Tue 13.
    [InlineData("notify", null, "2026-01-09", "2026-01-13")]
    // Art. 45: day 10 is Thu 19/02, inside Tết: the period ends on Monday 23/02.
    [InlineData("voluntary", null, "2026-02-09", "2026-02-23")]
    [InlineData("voluntary", null, "2026-03-02", "2026-03-12")]
    // Art. 44: 10 days after a voluntary period ending Fri 06/02 is Mon 16/02, in Tết.
    [InlineData("verification", null, "2026-02-06", "2026-02-23")]
    [InlineData("verification", "interim-measure", "2026-02-14", "2026-02-14")]
    // Art. 44 cl. 4: six months from 18/08/2025 is 18/02/2026, in Tết.
    [InlineData("reverification", null, "2025-08-18", "2026-02-23")]
    [InlineData("reverification", "long-prison", "2025-02-17", "2026-02-23")]
    // A year from 31/08/2025 is Mon 31/08/2026, swapped off, then 01–02/09 National Day.
    [InlineData("reverification", "unknown-address", "2025-08-31", "2026-09-03")]
    [InlineData("creditor-notice", null, "2026-02-13", "2026-02-27")]
    [InlineData("no-conditions-decision", null, "2026-02-13", "2026-02-27")]
    [InlineData("postponement", null, "2026-02-13", "2026-02-27")]
    [InlineData("postponement", "protest-request", "2026-02-17", "2026-02-17")]
    // Three months from 30/05/2026 is Sun 30/08, then the National Day break.
    [InlineData("postponement-limit", null, "2026-05-30", "2026-09-03")]
    [InlineData("postponement-continuation", null, "2026-02-13", "2026-02-27")]
    [InlineData("suspension", null, "2026-02-13", "2026-02-27")]
    [InlineData("suspension-continuation", null, "2026-02-13", "2026-02-27")]
    [InlineData("termination", null, "2026-02-13", "2026-02-27")]
    [InlineData("delegation", null, "2026-04-28", "2026-05-07")]
    [InlineData("delegation", "interim-measure", "2026-04-30", "2026-04-30")]
    [InlineData("delegation-acceptance", null, "2026-02-13", "2026-02-27")]
    [InlineData("delegation-acceptance", "interim-measure", "2026-02-15", "2026-02-15")]
    // Art. 47: ten days from Thu 05/02 is Sun 15/02, followed by Tết.
    [InlineData("payout", null, "2026-02-05", "2026-02-23")]
    // Ten days from Fri 21/08 is Mon 31/08 (swapped off), then 01–02/09.
    [InlineData("payout", null, "2026-08-21", "2026-09-03")]
    // Art. 30: five years from 17/02/2021 ends on 17/02/2026, in Tết.
    [InlineData("limitation", null, "2021-02-17", "2026-02-23")]
    [InlineData("exemption-appeal", null, "2026-02-12", "2026-02-23")]
    [InlineData("exemption-appeal", "higher-procuracy", "2026-02-12", "2026-02-27")]
    public void Each_rule_gives_its_due_date_on_the_seeded_calendar(string rule, string? kind, string from, string expected)
    {
        var deadline = Rules.Due(rule, D(from), kind);

        Assert.Equal(D(expected), deadline.DueDate);
        Assert.Equal(D(from), deadline.EventDate);
        Assert.Equal(rule, deadline.Rule.Name);
        Assert.Equal(kind, deadline.Rule.Kind);
    }

    [Fact]
    public void An_event_on_30_June_2026_uses_the_2014_table()
    {
        var deadline = Rules.Due("decision", D("2026-06-30"));

        Assert.Equal(D("2026-07-07"), deadline.DueDate);
        Assert.Contains("VBHN 12", deadline.TableTitle);
        Assert.Equal(D("2015-07-01"), deadline.Rule.EffectiveFrom);
        Assert.Equal(ConfirmationStatus.Confirmed, deadline.Rule.Confirmation);
        Assert.False(deadline.NeedsReview);
    }

    [Fact]
    public void An_event_on_1_July_2026_uses_the_2025_table_and_its_carried_forward_value_needs_review()
    {
        var deadline = Rules.Due("decision", D("2026-07-01"));

        Assert.Equal(D("2026-07-08"), deadline.DueDate);
        Assert.Contains("106/2025/QH15", deadline.TableTitle);
        Assert.Equal(D("2026-07-01"), deadline.Rule.EffectiveFrom);
        Assert.Equal(ConfirmationStatus.CarriedForward, deadline.Rule.Confirmation);
        Assert.True(deadline.NeedsReview);
    }

    [Fact]
    public void The_version_is_chosen_by_the_event_date_even_when_the_due_date_falls_under_the_new_law()
    {
        // Re-verification after a verification on 30/06/2026 is due on 30/12/2026, but follows the 2014 row.
        var deadline = Rules.Due("reverification", D("2026-06-30"));

        Assert.Equal(D("2026-12-30"), deadline.DueDate);
        Assert.Equal(D("2015-07-01"), deadline.Rule.EffectiveFrom);
        Assert.Equal(ConfirmationStatus.Unconfirmed, deadline.Rule.Confirmation);
    }

    [Fact]
    public void The_swapped_Saturday_of_August_2026_counts_under_the_2025_table()
    {
        // Art. 39: Sat 22/08 (swapped), Mon 24, Tue 25.
        var deadline = Rules.Due("notify", D("2026-08-21"));

        Assert.Equal(D("2026-08-25"), deadline.DueDate);
        Assert.True(deadline.NeedsReview);
    }

    [Fact]
    public void A_deadline_records_the_calendar_version_it_was_computed_with()
    {
        var deadline = Rules.Due("voluntary", D("2026-03-02"));

        Assert.Equal(fixture.Database.Calendar.Version, deadline.Deadline.CalendarVersion);
    }

    [Fact]
    public void An_unknown_rule_is_refused_listing_the_valid_names()
    {
        var error = Assert.Throws<UnknownLegalRuleException>(() => Rules.Due("payment", D("2026-03-02")));

        Assert.Contains("Valid rules: decision, refusal, notify, voluntary, verification, reverification", error.Message);
        Assert.Equal(Rules.Names, error.ValidValues);
    }

    [Fact]
    public void An_unknown_kind_is_refused_listing_the_valid_kinds()
    {
        var error = Assert.Throws<UnknownLegalRuleException>(() => Rules.Due("decision", D("2026-03-02"), "urgent"));

        Assert.Contains("Valid kinds: ex-officio, interim-measure, bankruptcy", error.Message);
    }

    [Fact]
    public void An_event_before_the_2014_text_took_effect_is_refused()
    {
        Assert.Throws<LegalDateOutOfRangeException>(() => Rules.Due("decision", D("2015-06-30")));
    }

    [Fact]
    public void The_rule_that_applies_to_an_event_can_be_read_without_computing_a_date()
    {
        var rule = Rules.Rule("limitation", D("2026-07-01"));

        Assert.Equal("30", rule.Citation.Article);
        Assert.True(rule.NeedsReview);
    }
}
