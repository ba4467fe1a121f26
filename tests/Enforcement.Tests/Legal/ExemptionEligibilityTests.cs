using Thads.Enforcement.Calendar;
using Thads.Enforcement.Legal;
using Thads.Enforcement.Legal.Exemption;
using static Thads.Enforcement.Tests.Support.Dates;

namespace Thads.Enforcement.Tests.Legal;

/// <summary>Art. 61 with an enforcement decision of 01/03/2016: the 5th anniversary is 01/03/2021, the 10th 01/03/2026.</summary>
public sealed class ExemptionEligibilityTests
{
    private const string DecisionDate = "2016-03-01";

    private static ObligationFacts Budget(decimal amount, decimal paid = 0, string decided = DecisionDate, string verified = "2021-02-15") =>
        new(ObligationPayee.StateBudget, amount, paid, D(decided), new VerificationFinding(D(verified), NoAssetsOrIncome: true));

    private static ExemptionAssessment Evaluate(ObligationFacts facts, string asOf) => ExemptionEligibility.Evaluate(facts, D(asOf));

    [Fact]
    public void Nothing_paid_under_2_million_is_eligible_for_exemption_the_day_after_the_5th_anniversary()
    {
        var assessment = Evaluate(Budget(1_999_999), "2021-03-02");

        Assert.Equal(ExemptionOutcome.Eligible, assessment.Outcome);
        Assert.Equal(ExemptionRelief.Exemption, assessment.Relief);
        Assert.Equal("61.1", assessment.Threshold!.Ground);
        Assert.Equal(D("2021-03-02"), assessment.EligibleFrom);
        Assert.False(assessment.NeedsReview);
        Assert.Equal("Art. 61 cl. 1 Luật THADS (VBHN 12/2014)", assessment.Citations[0].Label);
        Assert.Contains("miễn toàn bộ nghĩa vụ thi hành án", assessment.Reason);
        Assert.Contains("1.999.999 đồng (dưới 2.000.000 đồng)", assessment.Reason);
        Assert.Contains("01/03/2016", assessment.Reason);
    }

    [Fact]
    public void On_the_5th_anniversary_itself_the_period_is_not_over_yet()
    {
        var assessment = Evaluate(Budget(1_999_999), "2021-03-01");

        Assert.Equal(ExemptionOutcome.NotYet, assessment.Outcome);
        Assert.Equal(D("2021-03-02"), assessment.EligibleFrom);
        Assert.Contains("tức từ ngày 02/03/2021", assessment.Reason);
    }

    [Fact]
    public void Nothing_paid_of_exactly_2_million_needs_10_years()
    {
        var assessment = Evaluate(Budget(2_000_000), "2021-03-02");

        Assert.Equal(ExemptionOutcome.NotYet, assessment.Outcome);
        Assert.Equal(D("2026-03-02"), assessment.EligibleFrom);
        Assert.Contains("từ 2.000.000 đồng đến dưới 5.000.000 đồng", assessment.Reason);
    }

    [Theory]
    [InlineData("2026-03-01", ExemptionOutcome.NotYet)]
    [InlineData("2026-03-02", ExemptionOutcome.Eligible)]
    public void Nothing_paid_just_under_5_million_is_eligible_after_10_years(string asOf, ExemptionOutcome expected)
    {
        var assessment = Evaluate(Budget(4_999_999), asOf);

        Assert.Equal(expected, assessment.Outcome);
        Assert.Equal("61.1", assessment.Threshold!.Ground);
        Assert.Equal(DeadlinePeriod.Years(10), assessment.Threshold.Elapsed);
    }

    [Fact]
    public void Nothing_paid_of_5_million_or_more_has_no_band()
    {
        var assessment = Evaluate(Budget(5_000_000), "2030-01-01");

        Assert.Equal(ExemptionOutcome.NotApplicable, assessment.Outcome);
        Assert.Null(assessment.Threshold);
        Assert.Null(assessment.EligibleFrom);
        Assert.Contains("chưa thi hành được khoản nào với số còn phải thi hành 5.000.000 đồng", assessment.Reason);
    }

    [Theory]
    // Part paid: the remainder, not the original amount, decides the band (domain README §3.2).
    [InlineData(6_000_000, 1_000_001, "61.2", 5)]
    [InlineData(6_000_000, 1_000_000, "61.2", 10)]
    [InlineData(12_000_000, 2_000_001, "61.2", 10)]
    [InlineData(12_000_000, 2_000_000, "61.3", 5)]
    public void Part_paid_obligations_are_banded_by_their_remainder(decimal amount, decimal paid, string ground, int years)
    {
        var assessment = Evaluate(Budget(amount, paid), "2021-03-02");

        Assert.Equal(ground, assessment.Threshold!.Ground);
        Assert.Equal(DeadlinePeriod.Years(years), assessment.Threshold.Elapsed);
        Assert.Equal(D(DecisionDate).AddYears(years).AddDays(1), assessment.EligibleFrom);
    }

    [Fact]
    public void Part_paid_with_a_remainder_under_5_million_is_eligible_for_exemption_of_the_remainder()
    {
        var assessment = Evaluate(Budget(5_050_000, 100_000), "2021-03-02");

        Assert.Equal(ExemptionOutcome.Eligible, assessment.Outcome);
        Assert.Equal(ExemptionRelief.Exemption, assessment.Relief);
        Assert.Equal("Art. 61 cl. 2 Luật THADS (VBHN 12/2014)", assessment.Citations[0].Label);
        Assert.Contains("miễn phần nghĩa vụ còn lại", assessment.Reason);
        Assert.Contains("đã thi hành được một phần, số còn phải thi hành 4.950.000 đồng", assessment.Reason);
    }

    [Fact]
    public void A_remainder_of_10_million_or_more_is_eligible_for_reduction_on_an_unconfirmed_default_that_needs_review()
    {
        var assessment = Evaluate(Budget(50_000_000, 1_000_000), "2021-03-02");

        Assert.Equal(ExemptionOutcome.Eligible, assessment.Outcome);
        Assert.Equal(ExemptionRelief.Reduction, assessment.Relief);
        Assert.Equal("61.3", assessment.Threshold!.Ground);
        Assert.Equal(ConfirmationStatus.Unconfirmed, assessment.Threshold.Confirmation);
        Assert.True(assessment.NeedsReview);
        Assert.Contains("cl. 3", assessment.ReviewReason);
        Assert.Contains("giảm một phần nghĩa vụ còn lại", assessment.Reason);
        Assert.Contains("từ 10.000.000 đồng trở lên", assessment.Reason);
    }

    [Fact]
    public void A_private_obligation_is_not_applicable()
    {
        var facts = Budget(1_000_000) with { Payee = ObligationPayee.Private };

        var assessment = Evaluate(facts, "2030-01-01");

        Assert.Equal(ExemptionOutcome.NotApplicable, assessment.Outcome);
        Assert.Contains("ngân sách nhà nước", assessment.Reason);
        Assert.Equal("61", assessment.Citations.Single().Article);
    }

    [Fact]
    public void A_fully_paid_obligation_is_not_applicable()
    {
        var assessment = Evaluate(Budget(1_000_000, 1_000_000), "2030-01-01");

        Assert.Equal(ExemptionOutcome.NotApplicable, assessment.Outcome);
        Assert.Contains("không còn số tiền phải thi hành", assessment.Reason);
    }

    [Fact]
    public void Without_a_verification_record_the_hardship_condition_is_not_shown()
    {
        var assessment = Evaluate(Budget(1_000_000) with { LatestVerification = null }, "2030-01-01");

        Assert.Equal(ExemptionOutcome.NotApplicable, assessment.Outcome);
        Assert.StartsWith("Chưa có biên bản xác minh", assessment.Reason);
        Assert.Equal("Art. 61 cl. 1 Luật THADS (VBHN 12/2014)", assessment.Citations.Single().Label);
    }

    [Fact]
    public void A_debtor_whose_latest_verification_found_assets_or_income_is_not_applicable()
    {
        var facts = Budget(1_000_000) with { LatestVerification = new VerificationFinding(D("2029-12-01"), NoAssetsOrIncome: false) };

        var assessment = Evaluate(facts, "2030-01-01");

        Assert.Equal(ExemptionOutcome.NotApplicable, assessment.Outcome);
        Assert.Contains("ngày 01/12/2029", assessment.Reason);
        Assert.Contains("điểm a khoản 1 Điều 44a", assessment.Reason);
    }

    [Fact]
    public void A_verification_record_made_exactly_3_months_before_is_still_fresh()
    {
        var assessment = Evaluate(Budget(1_000_000, verified: "2020-12-02"), "2021-03-02");

        Assert.Equal(ExemptionOutcome.Eligible, assessment.Outcome);
        Assert.False(assessment.NeedsFreshVerification);
        Assert.Equal(2, assessment.Citations.Count);
    }

    [Fact]
    public void A_verification_record_older_than_3_months_asks_for_a_new_verification_before_the_dossier()
    {
        var assessment = Evaluate(Budget(1_000_000, verified: "2020-12-01"), "2021-03-02");

        Assert.Equal(ExemptionOutcome.Eligible, assessment.Outcome);
        Assert.True(assessment.NeedsFreshVerification);
        Assert.Contains("Biên bản xác minh ngày 01/12/2020 đã quá 03 tháng: phải xác minh lại", assessment.Reason);
        Assert.Equal("62", assessment.Citations[^1].Article);
    }

    [Fact]
    public void The_elapsed_time_from_a_29_February_decision_ends_on_28_February()
    {
        var assessment = Evaluate(Budget(1_000_000, decided: "2016-02-29"), "2021-03-01");

        Assert.Equal(ExemptionOutcome.Eligible, assessment.Outcome);
        Assert.Equal(D("2021-03-01"), assessment.EligibleFrom);
    }

    [Fact]
    public void A_review_on_30_June_2026_uses_the_2014_thresholds()
    {
        var assessment = Evaluate(Budget(1_000_000), "2026-06-30");

        Assert.Equal(ExemptionOutcome.Eligible, assessment.Outcome);
        Assert.Contains("VBHN 12/2014", assessment.TableTitle);
        Assert.Equal(ConfirmationStatus.Confirmed, assessment.Threshold!.Confirmation);
        Assert.False(assessment.NeedsReview);
    }

    [Fact]
    public void A_review_on_1_July_2026_uses_the_carried_forward_thresholds_which_need_review()
    {
        var assessment = Evaluate(Budget(1_000_000), "2026-07-01");

        Assert.Equal(ExemptionOutcome.Eligible, assessment.Outcome);
        Assert.Contains("106/2025/QH15", assessment.TableTitle);
        Assert.Equal(ConfirmationStatus.CarriedForward, assessment.Threshold!.Confirmation);
        Assert.True(assessment.NeedsReview);
        Assert.Contains("Art. 61 cl. 1 Luật THADS (VBHN 12/2014) is carried forward", assessment.ReviewReason);
    }

    [Fact]
    public void An_eligibility_date_under_the_2025_law_is_computed_with_that_law_s_table()
    {
        // Decision 01/09/2021: 5 years end on 01/09/2026, after the switch.
        var assessment = Evaluate(Budget(1_000_000, decided: "2021-09-01"), "2026-03-01");

        Assert.Equal(ExemptionOutcome.NotYet, assessment.Outcome);
        Assert.Equal(D("2026-09-02"), assessment.EligibleFrom);
        Assert.Contains("106/2025/QH15", assessment.TableTitle);
        Assert.True(assessment.NeedsReview);
    }

    [Fact]
    public void Every_threshold_and_the_record_age_of_the_2025_table_are_carried_forward_and_need_review()
    {
        var before = ExemptionThresholdBook.For(D("2026-06-30"));
        var after = ExemptionThresholdBook.For(D("2026-07-01"));

        Assert.Equal(before.Thresholds.Count, after.Thresholds.Count);
        Assert.All(after.Thresholds, threshold =>
        {
            Assert.Equal(ConfirmationStatus.CarriedForward, threshold.Confirmation);
            Assert.Contains("106/2025/QH15", threshold.ReviewReason);
        });
        Assert.Equal(
            before.Thresholds.Select(threshold => (threshold.Payment, threshold.MinimumRemaining, threshold.RemainingBelow, threshold.Elapsed)),
            after.Thresholds.Select(threshold => (threshold.Payment, threshold.MinimumRemaining, threshold.RemainingBelow, threshold.Elapsed)));
        Assert.True(after.RecordAge.NeedsReview);
        Assert.Equal(DeadlinePeriod.Months(3), after.RecordAge.MaxAge);
    }

    [Theory]
    [InlineData(-1, 0, "Amount: -1 is negative.")]
    [InlineData(100, -1, "Paid: -1 is negative.")]
    [InlineData(100, 101, "Paid: 101 is more than the amount 100.")]
    public void Impossible_amounts_are_refused_naming_the_field(decimal amount, decimal paid, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => Evaluate(Budget(amount, paid), "2030-01-01"));

        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public void A_review_before_1_July_2015_has_no_threshold_table()
    {
        Assert.Throws<LegalDateOutOfRangeException>(() => Evaluate(Budget(1_000_000, decided: "2009-01-01"), "2015-06-30"));
    }

    [Fact]
    public void Overlapping_bands_are_refused()
    {
        var table = ExemptionThresholdBook.For(D("2020-01-01"));
        var overlapping = table.Thresholds[0] with { RemainingBelow = 3_000_000m };

        var error = Assert.Throws<ArgumentException>(() => new ExemptionThresholdTable(
            "t", table.EffectiveFrom, table.HardshipCondition, table.RecordAge, [overlapping, table.Thresholds[1]]));

        Assert.Contains("overlap", error.Message);
    }
}
