using Thads.Enforcement.Legal;
using Thads.Enforcement.Legal.Status;
using static Thads.Enforcement.Legal.Status.EnforcementStatus;
using static Thads.Enforcement.Tests.Support.Dates;

namespace Thads.Enforcement.Tests.Legal;

public sealed class StatusTransitionsTests
{
    private static readonly DateOnly Ordinary = D("2020-03-16");

    /// <summary>Every (from, to, ground) the table allows, each on a date inside the ground's validity window.</summary>
    public static TheoryData<EnforcementStatus?, EnforcementStatus, string, string> AllowedChanges()
    {
        var data = new TheoryData<EnforcementStatus?, EnforcementStatus, string, string>();
        foreach (var row in StatusTransitions.Table)
        {
            foreach (var code in row.GroundCodes)
            {
                var ground = StatusTransitions.FindGround(code)!;
                var date = ground.ValidUntil ?? ground.ValidFrom ?? Ordinary;
                data.Add(row.From, row.To, code, LegalText.IsoDate(date));
            }
        }

        return data;
    }

    /// <summary>Every (from, to) pair the table does not list, from a status that is not final.</summary>
    public static TheoryData<EnforcementStatus?, EnforcementStatus> RefusedChanges()
    {
        var data = new TheoryData<EnforcementStatus?, EnforcementStatus>();
        EnforcementStatus?[] froms = [null, .. Enum.GetValues<EnforcementStatus>().Where(status => !StatusTransitions.IsFinal(status)).Cast<EnforcementStatus?>()];
        foreach (var from in froms)
        {
            foreach (var to in Enum.GetValues<EnforcementStatus>())
            {
                if (from != to && !StatusTransitions.Table.Any(row => row.From == from && row.To == to))
                {
                    data.Add(from, to);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllowedChanges))]
    public void Each_change_the_table_lists_is_allowed_on_each_of_its_grounds(EnforcementStatus? from, EnforcementStatus to, string ground, string date)
    {
        var check = StatusTransitions.Check(from, to, ground, D(date));

        Assert.True(check.IsAllowed, check.Message);
        Assert.Null(check.Field);
        Assert.Equal(ground, check.Ground!.Code);
        Assert.StartsWith($"Được chuyển từ '{from.Vietnamese()}' sang '{to.Vietnamese()}' theo căn cứ {ground}", check.Message);
    }

    [Theory]
    [MemberData(nameof(RefusedChanges))]
    public void Each_change_the_table_does_not_list_is_refused_naming_the_new_status(EnforcementStatus? from, EnforcementStatus to)
    {
        var check = StatusTransitions.Check(from, to, LegalGroundCodes.PostponeByAgreement, Ordinary);

        Assert.False(check.IsAllowed);
        Assert.Equal(TransitionFields.NewStatus, check.Field);
        Assert.StartsWith($"Trạng thái mới: không được chuyển từ '{from.Vietnamese()}' sang '{to.Vietnamese()}'. Được chuyển sang: ", check.Message);
        Assert.Null(check.Ground);
    }

    [Theory]
    [InlineData(Completed)]
    [InlineData(Terminated)]
    [InlineData(Delegated)]
    public void Nothing_leaves_a_final_status(EnforcementStatus final)
    {
        foreach (var to in Enum.GetValues<EnforcementStatus>())
        {
            var check = StatusTransitions.Check(final, to, LegalGroundCodes.DecisionOnRequest, Ordinary);

            Assert.False(check.IsAllowed);
            Assert.Equal(TransitionFields.CurrentStatus, check.Field);
            Assert.Equal($"Trạng thái hiện tại: '{final.Vietnamese()}' là trạng thái kết thúc, không được chuyển sang trạng thái khác.", check.Message);
        }
    }

    [Fact]
    public void The_main_path_from_decision_to_completion_is_allowed_step_by_step()
    {
        (EnforcementStatus? From, EnforcementStatus To, string Ground)[] steps =
        [
            (null, Accepted, LegalGroundCodes.DecisionOnRequest),
            (Accepted, VoluntaryPeriod, LegalGroundCodes.Notified),
            (VoluntaryPeriod, Verifying, LegalGroundCodes.VoluntaryPeriodEnded),
            (Verifying, NoConditions, LegalGroundCodes.NoIncomeOrAssets),
            (NoConditions, Executing, LegalGroundCodes.ConditionsFound),
            (Executing, Postponed, LegalGroundCodes.PostponeByAgreement),
            (Postponed, Executing, LegalGroundCodes.ContinueAfterPostponement),
            (Executing, Completed, LegalGroundCodes.Performed),
        ];

        Assert.All(steps, step => Assert.True(StatusTransitions.Check(step.From, step.To, step.Ground, Ordinary).IsAllowed));
    }

    [Fact]
    public void A_change_without_a_ground_is_refused_listing_the_grounds_in_force()
    {
        var check = StatusTransitions.Check(Executing, Postponed, "  ", Ordinary);

        Assert.False(check.IsAllowed);
        Assert.Equal(TransitionFields.Ground, check.Field);
        Assert.Equal(
            "Căn cứ pháp lý: chưa nhập; chuyển từ 'Đang tổ chức thi hành án' sang 'Hoãn thi hành án' phải có một trong các căn cứ: " +
            "48.1.a, 48.1.b, 48.1.c, 48.1.d, 48.1.đ, 48.1.e, 48.1.g, 48.1.h, 48.2.",
            check.Message);
    }

    [Fact]
    public void A_ground_of_another_change_is_refused_naming_the_ground_field()
    {
        var check = StatusTransitions.Check(Executing, Terminated, LegalGroundCodes.PostponeByAgreement, Ordinary);

        Assert.Equal(TransitionFields.Ground, check.Field);
        Assert.StartsWith(
            "Căn cứ pháp lý: '48.1.c' không phải căn cứ để chuyển từ 'Đang tổ chức thi hành án' sang 'Đình chỉ thi hành án'. Căn cứ hợp lệ: 50.1.a,",
            check.Message);
    }

    [Fact]
    public void An_unknown_ground_code_is_refused()
    {
        var check = StatusTransitions.Check(Verifying, NoConditions, "44a.1.x", Ordinary);

        Assert.Equal(TransitionFields.Ground, check.Field);
        Assert.Contains("'44a.1.x' không phải căn cứ", check.Message);
        Assert.Contains("Căn cứ hợp lệ: 44a.1.a, 44a.1.b, 44a.1.c.", check.Message);
    }

    [Fact]
    public void Ground_codes_match_whatever_their_case_and_surrounding_spaces()
    {
        var check = StatusTransitions.Check(Verifying, NoConditions, " 44A.1.A ", Ordinary);

        Assert.True(check.IsAllowed);
        Assert.Equal(LegalGroundCodes.NoIncomeOrAssets, check.Ground!.Code);
    }

    [Fact]
    public void A_change_to_the_same_status_is_refused()
    {
        var check = StatusTransitions.Check(Executing, Executing, LegalGroundCodes.HasConditions, Ordinary);

        Assert.Equal(TransitionFields.NewStatus, check.Field);
        Assert.Equal("Trạng thái mới: trùng với trạng thái hiện tại 'Đang tổ chức thi hành án'.", check.Message);
    }

    [Fact]
    public void An_undefined_status_is_refused()
    {
        var check = StatusTransitions.Check(Executing, (EnforcementStatus)99, LegalGroundCodes.HasConditions, Ordinary);

        Assert.Equal(TransitionFields.NewStatus, check.Field);
    }

    [Fact]
    public void A_request_could_be_returned_until_30_June_2015()
    {
        var check = StatusTransitions.Check(Executing, ReturnedLegacy, LegalGroundCodes.ReturnRequest2008, D("2015-06-30"));

        Assert.True(check.IsAllowed);
        Assert.Equal("Art. 51 Luật THADS 26/2008/QH12", check.Ground!.Citation.Label);
    }

    [Fact]
    public void A_request_cannot_be_returned_from_1_July_2015_and_the_message_names_the_repeal_date()
    {
        var check = StatusTransitions.Check(Executing, ReturnedLegacy, LegalGroundCodes.ReturnRequest2008, D("2015-07-01"));

        Assert.False(check.IsAllowed);
        Assert.Equal(TransitionFields.Ground, check.Field);
        Assert.Equal(
            "Căn cứ pháp lý: '51.2008' (Art. 51 Luật THADS 26/2008/QH12) chỉ áp dụng đến hết ngày 30/06/2015; không áp dụng cho ngày 01/07/2015.",
            check.Message);
    }

    [Fact]
    public void Without_a_ground_a_return_after_2015_is_refused_as_a_change_that_no_longer_exists()
    {
        var check = StatusTransitions.Check(null, ReturnedLegacy, null, D("2016-01-04"));

        Assert.Equal(TransitionFields.NewStatus, check.Field);
        Assert.StartsWith("Trạng thái mới: không được chuyển từ 'Hồ sơ mới' sang 'Đã trả đơn (trước 01/07/2015)' vào ngày 04/01/2016", check.Message);
    }

    [Fact]
    public void A_returned_request_is_reopened_only_by_a_new_decision()
    {
        Assert.True(StatusTransitions.Check(ReturnedLegacy, Accepted, LegalGroundCodes.NewDecisionForReturnedRequest, D("2016-01-04")).IsAllowed);
        Assert.Equal(TransitionFields.NewStatus, StatusTransitions.Check(ReturnedLegacy, Executing, LegalGroundCodes.ContinueAfterPostponement, D("2016-01-04")).Field);
        Assert.Equal([Accepted], StatusTransitions.TargetsFrom(ReturnedLegacy));
    }

    [Fact]
    public void The_no_conditions_decision_exists_only_from_1_July_2015()
    {
        var check = StatusTransitions.Check(Verifying, NoConditions, LegalGroundCodes.NoIncomeOrAssets, D("2015-06-30"));

        Assert.Equal(TransitionFields.Ground, check.Field);
        Assert.Equal(
            "Căn cứ pháp lý: '44a.1.a' (Art. 44a cl. 1 pt. a Luật THADS (VBHN 12/2014)) chỉ áp dụng từ ngày 01/07/2015; không áp dụng cho ngày 30/06/2015.",
            check.Message);
    }

    [Fact]
    public void Delegation_within_a_province_ends_with_the_2025_reorganisation()
    {
        Assert.True(StatusTransitions.Check(Executing, Delegated, LegalGroundCodes.DelegateWithinProvince, D("2025-06-30")).IsAllowed);

        var check = StatusTransitions.Check(Executing, Delegated, LegalGroundCodes.DelegateWithinProvince, D("2025-07-01"));

        Assert.Equal(TransitionFields.Ground, check.Field);
        Assert.Contains("chỉ áp dụng đến hết ngày 30/06/2025", check.Message);
        Assert.EndsWith("Căn cứ hợp lệ: 55.1.", check.Message);
        Assert.True(StatusTransitions.Check(Executing, Delegated, LegalGroundCodes.DelegateToAgency, D("2025-07-01")).IsAllowed);
    }

    [Fact]
    public void A_confirmed_ground_before_the_2025_law_needs_no_review()
    {
        var check = StatusTransitions.Check(Executing, Postponed, LegalGroundCodes.PostponeByAgreement, D("2026-06-30"));

        Assert.True(check.IsAllowed);
        Assert.False(check.NeedsReview);
    }

    [Fact]
    public void An_unconfirmed_ground_is_allowed_but_needs_review()
    {
        var check = StatusTransitions.Check(Executing, Postponed, LegalGroundCodes.PostponeDebtorUnavailable, D("2026-06-30"));

        Assert.True(check.IsAllowed);
        Assert.True(check.NeedsReview);
        Assert.Contains("point letter", check.ReviewReasons.Single());
    }

    [Fact]
    public void From_1_July_2026_every_ground_is_carried_forward_and_needs_review()
    {
        var check = StatusTransitions.Check(Executing, Postponed, LegalGroundCodes.PostponeByAgreement, D("2026-07-01"));

        Assert.True(check.IsAllowed);
        Assert.Contains("106/2025/QH15", check.ReviewReasons.Single());
        Assert.Contains("Art. 48 cl. 1 pt. c Luật THADS (VBHN 12/2014) is carried forward", check.ReviewReasons.Single());
    }

    [Fact]
    public void A_new_case_starts_accepted_or_as_imported_legacy_state()
    {
        Assert.Equal([Accepted, ReturnedLegacy], StatusTransitions.TargetsFrom(null));
    }

    [Fact]
    public void Completion_is_recorded_after_continuation_not_during_a_suspension()
    {
        var check = StatusTransitions.Check(Suspended, Completed, LegalGroundCodes.Performed, Ordinary);

        Assert.Equal(TransitionFields.NewStatus, check.Field);
    }

    [Fact]
    public void Every_ground_the_table_uses_exists_and_every_pair_is_listed_once()
    {
        Assert.All(StatusTransitions.Table.SelectMany(row => row.GroundCodes), code => Assert.NotNull(StatusTransitions.FindGround(code)));
        Assert.Equal(StatusTransitions.Table.Count, StatusTransitions.Table.Select(row => (row.From, row.To)).Distinct().Count());
        Assert.Equal(StatusTransitions.Grounds.Count, StatusTransitions.Grounds.Select(ground => ground.Code).Distinct().Count());
    }

    [Fact]
    public void Every_status_can_be_reached_and_unconfirmed_grounds_give_their_reason()
    {
        Assert.All(Enum.GetValues<EnforcementStatus>(), status => Assert.Contains(StatusTransitions.Table, row => row.To == status));
        Assert.All(StatusTransitions.Grounds, ground => Assert.Equal(ground.NeedsReview, ground.ReviewReason is not null));
    }

    [Fact]
    public void The_grounds_offered_for_a_change_are_those_in_force_on_the_date()
    {
        var before = StatusTransitions.GroundsFor(Executing, Delegated, D("2025-06-30")).Select(ground => ground.Code);
        var after = StatusTransitions.GroundsFor(Executing, Delegated, D("2025-07-01")).Select(ground => ground.Code);

        Assert.Equal(["55.1", "55.1.same-province"], before);
        Assert.Equal(["55.1"], after);
        Assert.Empty(StatusTransitions.GroundsFor(Completed, Executing, Ordinary));
    }
}
