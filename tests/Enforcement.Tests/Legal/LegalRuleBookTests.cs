using Thads.Enforcement.Calendar;
using Thads.Enforcement.Legal;
using static Thads.Enforcement.Tests.Support.Dates;

namespace Thads.Enforcement.Tests.Legal;

public sealed class LegalRuleBookTests
{
    private static LegalRuleTable Table2014 => LegalRuleBook.For(D("2026-06-30"));

    private static LegalRuleTable Table2025 => LegalRuleBook.For(D("2026-07-01"));

    [Fact]
    public void The_2014_consolidated_text_is_in_force_from_1_July_2015_until_30_June_2026()
    {
        Assert.Same(Table2014, LegalRuleBook.For(D("2015-07-01")));
        Assert.Equal(D("2015-07-01"), Table2014.EffectiveFrom);
        Assert.Contains("VBHN 12", Table2014.Title);
    }

    [Fact]
    public void The_2025_law_is_in_force_from_1_July_2026()
    {
        Assert.NotSame(Table2014, Table2025);
        Assert.Equal(D("2026-07-01"), Table2025.EffectiveFrom);
        Assert.Contains("106/2025/QH15", Table2025.Title);
        Assert.Same(Table2025, LegalRuleBook.For(D("2040-01-01")));
    }

    [Fact]
    public void An_event_before_1_July_2015_has_no_table_and_the_message_names_the_first_date()
    {
        var error = Assert.Throws<LegalDateOutOfRangeException>(() => LegalRuleBook.For(D("2015-06-30")));

        Assert.Equal(D("2015-06-30"), error.Date);
        Assert.Contains("2015-07-01", error.Message);
    }

    [Theory]
    [InlineData("decision", null, 5, DeadlineUnit.WorkingDay, "36")]
    [InlineData("decision", "ex-officio", 5, DeadlineUnit.WorkingDay, "36")]
    [InlineData("decision", "interim-measure", 0, DeadlineUnit.Immediate, "36")]
    [InlineData("decision", "bankruptcy", 3, DeadlineUnit.WorkingDay, "36")]
    [InlineData("refusal", null, 5, DeadlineUnit.WorkingDay, "36")]
    [InlineData("notify", null, 3, DeadlineUnit.WorkingDay, "39")]
    [InlineData("voluntary", null, 10, DeadlineUnit.Day, "45")]
    [InlineData("verification", null, 10, DeadlineUnit.Day, "44")]
    [InlineData("verification", "interim-measure", 0, DeadlineUnit.Immediate, "44")]
    [InlineData("reverification", null, 6, DeadlineUnit.Month, "44")]
    [InlineData("reverification", "long-prison", 1, DeadlineUnit.Year, "44")]
    [InlineData("reverification", "unknown-address", 1, DeadlineUnit.Year, "44")]
    [InlineData("creditor-notice", null, 5, DeadlineUnit.WorkingDay, "44")]
    [InlineData("no-conditions-decision", null, 5, DeadlineUnit.WorkingDay, "44a")]
    [InlineData("postponement", null, 5, DeadlineUnit.WorkingDay, "48")]
    [InlineData("postponement", "protest-request", 0, DeadlineUnit.Immediate, "48")]
    [InlineData("postponement-limit", null, 3, DeadlineUnit.Month, "48")]
    [InlineData("postponement-continuation", null, 5, DeadlineUnit.WorkingDay, "48")]
    [InlineData("suspension", null, 5, DeadlineUnit.WorkingDay, "49")]
    [InlineData("suspension-continuation", null, 5, DeadlineUnit.WorkingDay, "49")]
    [InlineData("termination", null, 5, DeadlineUnit.WorkingDay, "50")]
    [InlineData("delegation", null, 5, DeadlineUnit.WorkingDay, "55")]
    [InlineData("delegation", "interim-measure", 0, DeadlineUnit.Immediate, "55")]
    [InlineData("delegation-acceptance", null, 5, DeadlineUnit.WorkingDay, "57")]
    [InlineData("payout", null, 10, DeadlineUnit.Day, "47")]
    [InlineData("limitation", null, 5, DeadlineUnit.Year, "30")]
    [InlineData("exemption-appeal", null, 7, DeadlineUnit.Day, "64")]
    [InlineData("exemption-appeal", "higher-procuracy", 15, DeadlineUnit.Day, "64")]
    public void Each_rule_of_the_2014_table_has_its_statutory_period_and_article(
        string name, string? kind, int count, DeadlineUnit unit, string article)
    {
        var rule = Table2014.Find(name, kind);

        Assert.Equal(new DeadlinePeriod(count, unit), rule.Period);
        Assert.Equal(article, rule.Citation.Article);
        Assert.Equal(LegalInstruments.LawOnEnforcement, rule.Citation.Instrument);
        Assert.False(string.IsNullOrWhiteSpace(rule.CountsFrom));
        Assert.False(string.IsNullOrWhiteSpace(rule.Citation.Text));
    }

    [Fact]
    public void Re_verification_is_every_6_months_by_default_and_yearly_for_long_prison_terms_and_unknown_addresses()
    {
        // Art. 44 cl. 4 (domain README §2.6): the extended cadence covers both cases, not only prisoners.
        Assert.Equal(DeadlinePeriod.Months(6), Table2014.Find("reverification").Period);
        Assert.Equal(DeadlinePeriod.Years(1), Table2014.Find("reverification", "long-prison").Period);
        Assert.Equal(DeadlinePeriod.Years(1), Table2014.Find("reverification", "unknown-address").Period);
        Assert.Equal("4", Table2014.Find("reverification").Citation.Clause);
        Assert.Contains(Table2014.Find("reverification").Citations, citation => citation.Instrument == LegalInstruments.Decree62 && citation.Article == "9");
    }

    [Theory]
    [InlineData("decision", null)]
    [InlineData("decision", "ex-officio")]
    [InlineData("notify", null)]
    [InlineData("voluntary", null)]
    [InlineData("verification", null)]
    [InlineData("suspension", null)]
    [InlineData("delegation", null)]
    [InlineData("payout", null)]
    [InlineData("limitation", null)]
    [InlineData("exemption-appeal", null)]
    public void Rules_the_reference_confirms_do_not_need_review_before_the_2025_law(string name, string? kind)
    {
        var rule = Table2014.Find(name, kind);

        Assert.Equal(ConfirmationStatus.Confirmed, rule.Confirmation);
        Assert.False(rule.NeedsReview);
        Assert.Null(rule.ReviewReason);
    }

    [Theory]
    [InlineData("decision", "interim-measure")]
    [InlineData("decision", "bankruptcy")]
    [InlineData("refusal", null)]
    [InlineData("reverification", null)]
    [InlineData("reverification", "long-prison")]
    [InlineData("reverification", "unknown-address")]
    [InlineData("creditor-notice", null)]
    [InlineData("no-conditions-decision", null)]
    [InlineData("postponement", null)]
    [InlineData("postponement-limit", null)]
    [InlineData("postponement-continuation", null)]
    [InlineData("termination", null)]
    [InlineData("delegation-acceptance", null)]
    public void Rules_the_reference_tags_unconfirmed_need_review_with_a_reason_that_points_to_the_reference(string name, string? kind)
    {
        var rule = Table2014.Find(name, kind);

        Assert.Equal(ConfirmationStatus.Unconfirmed, rule.Confirmation);
        Assert.True(rule.NeedsReview);
        Assert.Contains("domain README §", rule.ReviewReason);
    }

    [Fact]
    public void Every_row_of_the_2025_table_carries_the_2014_value_forward_and_needs_review()
    {
        Assert.Equal(Table2014.Rules.Select(rule => rule.Key), Table2025.Rules.Select(rule => rule.Key));
        foreach (var (before, after) in Table2014.Rules.Zip(Table2025.Rules))
        {
            Assert.Equal(before.Period, after.Period);
            Assert.Equal(before.Citations, after.Citations);
            Assert.Equal(ConfirmationStatus.CarriedForward, after.Confirmation);
            Assert.True(after.NeedsReview);
            Assert.Equal(D("2026-07-01"), after.EffectiveFrom);
            Assert.Contains("106/2025/QH15", after.ReviewReason);
            Assert.Contains($"the value of {before.Citation.Label} is carried forward", after.ReviewReason);
        }
    }

    [Fact]
    public void A_carried_forward_row_that_was_already_unconfirmed_keeps_the_earlier_reason()
    {
        var before = Table2014.Find("reverification", "long-prison");
        var after = Table2025.Find("reverification", "long-prison");

        Assert.EndsWith($"Already unconfirmed before: {before.ReviewReason}", after.ReviewReason);
    }

    [Fact]
    public void The_rule_names_are_listed_once_each_in_process_order()
    {
        Assert.Equal(
            [
                "decision", "refusal", "notify", "voluntary", "verification", "reverification", "creditor-notice",
                "no-conditions-decision", "postponement", "postponement-limit", "postponement-continuation", "suspension",
                "suspension-continuation", "termination", "delegation", "delegation-acceptance", "payout", "limitation",
                "exemption-appeal",
            ],
            LegalRuleBook.Standard.RuleNames);
    }

    [Fact]
    public void An_unknown_rule_is_refused_with_every_valid_name()
    {
        var error = Assert.Throws<UnknownLegalRuleException>(() => Table2014.Find("verify"));

        Assert.Equal(LegalRuleArgument.Rule, error.Argument);
        Assert.StartsWith("Unknown legal rule 'verify'. Valid rules: decision, refusal, notify,", error.Message);
        Assert.Contains("reverification", error.Message);
        Assert.Equal(LegalRuleBook.Standard.RuleNames, error.ValidValues);
    }

    [Fact]
    public void An_unknown_kind_is_refused_with_the_rule_s_kinds()
    {
        var error = Assert.Throws<UnknownLegalRuleException>(() => Table2014.Find("reverification", "prison"));

        Assert.Equal(LegalRuleArgument.Kind, error.Argument);
        Assert.Equal(
            "Rule 'reverification' has no kind 'prison'. Valid kinds: long-prison, unknown-address; leave the kind out for the default.",
            error.Message);
    }

    [Fact]
    public void A_kind_on_a_rule_without_kinds_is_refused_saying_to_leave_it_out()
    {
        var error = Assert.Throws<UnknownLegalRuleException>(() => Table2014.Find("notify", "urgent"));

        Assert.Equal("Rule 'notify' has no kind 'urgent': it has only its default row, so leave the kind out.", error.Message);
        Assert.Empty(error.ValidValues);
    }

    [Fact]
    public void Names_and_kinds_match_whatever_their_case_and_surrounding_spaces_and_an_empty_kind_is_the_default()
    {
        Assert.Equal("reverification/long-prison", Table2014.Find(" Reverification ", "LONG-PRISON").Key);
        Assert.Equal("reverification", Table2014.Find("reverification", "").Key);
    }

    [Fact]
    public void A_table_with_the_same_row_twice_is_refused()
    {
        var row = Table2014.Find("notify");

        var error = Assert.Throws<ArgumentException>(() => new LegalRuleTable("t", row.EffectiveFrom, [row, row]));

        Assert.Contains("'notify' twice", error.Message);
    }

    [Fact]
    public void A_table_where_a_rule_has_only_kinds_is_refused()
    {
        var row = Table2014.Find("reverification", "long-prison");

        var error = Assert.Throws<ArgumentException>(() => new LegalRuleTable("t", row.EffectiveFrom, [row]));

        Assert.Contains("'reverification' has no default row", error.Message);
    }

    [Fact]
    public void A_table_with_an_unconfirmed_row_and_no_review_reason_is_refused()
    {
        var row = Table2014.Find("termination") with { ReviewReason = null };

        var error = Assert.Throws<ArgumentException>(() => new LegalRuleTable("t", row.EffectiveFrom, [row]));

        Assert.Contains("needs review but gives no reason", error.Message);
    }

    [Fact]
    public void A_table_with_a_row_of_another_effective_date_is_refused()
    {
        var row = Table2014.Find("notify");

        var error = Assert.Throws<ArgumentException>(() => new LegalRuleTable("t", D("2026-07-01"), [row]));

        Assert.Contains("effective from 2015-07-01", error.Message);
    }

    [Fact]
    public void Two_versions_starting_on_the_same_day_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new LegalRuleBook([Table2014, Table2014]));

        Assert.Contains("Two versions start on 2015-07-01", error.Message);
    }
}
