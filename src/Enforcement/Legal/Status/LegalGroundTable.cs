using static Thads.Enforcement.Legal.Status.LegalGroundCodes;

namespace Thads.Enforcement.Legal.Status;

/// <summary>
/// The legal grounds of status changes under VBHN 12/2014 (domain README §2.2–2.12), with the validity windows the
/// reference confirms. Names are Vietnamese paraphrases, not the official wording. Point letters of Arts. 48 and 50
/// follow the reference's lists, which it tags unconfirmed.
/// </summary>
internal static class LegalGroundTable
{
    private const string Law = LegalInstruments.LawOnEnforcement;

    public static IReadOnlyList<LegalGround> Standard { get; } =
    [
        // Art. 36: the decision opens the case, on request or ex officio ([C], domain README §2.2).
        Confirmed(DecisionOnRequest, "Ra quyết định thi hành án theo đơn yêu cầu", Cite("36", null, null, "§2.2")),
        Confirmed(DecisionExOfficio, "Chủ động ra quyết định thi hành án", Cite("36", null, null, "§2.2")),
        // Art. 57: the receiving agency issues its own decision; it counts as a new case (unconfirmed, §2.12).
        Unconfirmed(DelegationReceived, "Ra quyết định thi hành án đối với việc nhận ủy thác", Cite("57", null, null, "§2.12"),
            "Art. 57 obligations of the receiving agency are unconfirmed (domain README §10 item 6)."),
        // Law 64/2014 Art. 2 cl. 2; ND 62 Art. 4 cl. 5: a request returned before 01/07/2015 is reopened by a NEW decision ([C], §2.10).
        Confirmed(NewDecisionForReturnedRequest, "Ra quyết định thi hành án mới đối với việc đã trả đơn trước 01/07/2015",
            new LegalCitation(LegalInstruments.AmendingLaw2014, "2", "2", null,
                "A request returned before 01/07/2015 is enforced again by a new enforcement decision (also ND 62/2015 Art. 4 cl. 5).", "domain README §2.10"),
            validFrom: LawDates.AmendingLaw2014EffectiveFrom),

        // Art. 45: the voluntary period starts when the debtor receives or is duly notified of the decision ([C], §2.5).
        Confirmed(Notified, "Người phải thi hành án đã nhận hoặc được thông báo hợp lệ quyết định thi hành án", Cite("45", null, null, "§2.5")),
        // Art. 44: verification follows a voluntary period that ended without performance ([C], §2.6).
        Confirmed(VoluntaryPeriodEnded, "Hết thời hạn tự nguyện mà người phải thi hành án không tự nguyện thi hành", Cite("44", null, null, "§2.6")),
        // Art. 44: urgent interim measures are verified immediately ([C], §2.6).
        Confirmed(InterimMeasureVerification, "Thi hành quyết định áp dụng biện pháp khẩn cấp tạm thời: xác minh ngay", Cite("44", null, null, "§2.6")),
        // Art. 46: coercion only after the voluntary period, against a debtor with conditions (article numbers of §2.14 unconfirmed).
        Unconfirmed(HasConditions, "Người phải thi hành án có điều kiện mà không tự nguyện thi hành: tổ chức cưỡng chế", Cite("46", null, null, "§2.14"),
            "Article numbers of securing and coercive measures are unconfirmed (domain README §2.14)."),

        // Art. 44a cl. 1, added by Law 64/2014: exists from 01/07/2015 (§2.7). Point a is confirmed, b and c are not.
        Confirmed(NoIncomeOrAssets, "Không có thu nhập hoặc thu nhập chỉ đủ mức sinh hoạt tối thiểu, và không có tài sản hoặc tài sản không đủ chi phí cưỡng chế hoặc không được kê biên",
            Cite("44a", "1", "a", "§2.7"), validFrom: LawDates.AmendingLaw2014EffectiveFrom),
        Unconfirmed(ItemGone, "Phải trả vật đặc định nhưng vật không còn hoặc hư hỏng đến mức không sử dụng được; phải trả giấy tờ nhưng không thu hồi, cấp lại được",
            Cite("44a", "1", "b", "§2.7"), "Art. 44a cl. 1 pt. b is unconfirmed (domain README §10 item 3).", validFrom: LawDates.AmendingLaw2014EffectiveFrom),
        Unconfirmed(AddressUnknown, "Chưa xác định được địa chỉ, nơi cư trú của người phải thi hành án hoặc của người chưa thành niên được giao cho người khác nuôi dưỡng",
            Cite("44a", "1", "c", "§2.7"), "Art. 44a cl. 1 pt. c is unconfirmed (domain README §10 item 3).", validFrom: LawDates.AmendingLaw2014EffectiveFrom),
        // Art. 44 cl. 4: re-verification finds conditions; the formal step (a "continue" decision?) is unconfirmed (§2.7).
        Unconfirmed(ConditionsFound, "Xác minh lại: người phải thi hành án đã có điều kiện thi hành án", Cite("44", "4", null, "§2.7"),
            "How enforcement formally resumes after a 'no conditions' decision is unconfirmed (domain README §2.7)."),

        // Art. 52 cl. 1: the parties performed their rights and obligations (wording unconfirmed, §2.11).
        Unconfirmed(Performed, "Đương sự đã thực hiện xong quyền, nghĩa vụ của mình", Cite("52", "1", null, "§2.11"),
            "Art. 52 wording is unconfirmed (domain README §10 item 5)."),

        // Art. 48 cl. 1 (§2.8): point a confirmed in its 2008 form, c confirmed; the rest and the 2014 letters unconfirmed.
        Unconfirmed(PostponeIllness, "Người phải thi hành án ốm nặng hoặc bị mất, hạn chế năng lực hành vi dân sự theo quyết định của Tòa án",
            Cite("48", "1", "a", "§2.8"), "Confirmed in its 2008 form only; the 2014 split of point a is unconfirmed (domain README §2.8)."),
        Unconfirmed(PostponeDebtorUnavailable, "Chưa xác định được địa chỉ của người phải thi hành án hoặc lý do chính đáng khác mà không thể tự mình thực hiện nghĩa vụ",
            Cite("48", "1", "b", "§2.8"), Art48Letters),
        Confirmed(PostponeByAgreement, "Đương sự đồng ý hoãn thi hành án bằng văn bản, ghi rõ thời hạn hoãn", Cite("48", "1", "c", "§2.8")),
        Unconfirmed(PostponeAssetDispute, "Tài sản để thi hành án đang được Tòa án thụ lý giải quyết tranh chấp hoặc kết quả kê biên bị thay đổi (Điều 74, 75)",
            Cite("48", "1", "d", "§2.8"), Art48Letters),
        Unconfirmed(PostponeCourtExplanation, "Tòa án đang giải thích bản án hoặc trả lời kiến nghị của cơ quan thi hành án (Điều 170, 179)",
            Cite("48", "1", "đ", "§2.8"), Art48Letters),
        Unconfirmed(PostponeRecipientAbsent, "Người được nhận tài sản hoặc nhận người được nuôi dưỡng đã được thông báo hợp lệ 02 lần mà không đến nhận",
            Cite("48", "1", "e", "§2.8"), Art48Letters),
        Unconfirmed(PostponeTransferBlocked, "Việc chuyển giao quyền, nghĩa vụ thi hành án (Điều 54) chưa thực hiện được vì sự kiện bất khả kháng",
            Cite("48", "1", "g", "§2.8"), Art48Letters),
        Unconfirmed(PostponeAssetUnsold, "Tài sản kê biên không bán được mà người được thi hành án không nhận để thi hành án (Điều 104)",
            Cite("48", "1", "h", "§2.8"), Art48Letters),
        Unconfirmed(PostponeProtestRequest, "Người có thẩm quyền kháng nghị giám đốc thẩm, tái thẩm yêu cầu hoãn (một lần, tối đa 03 tháng)",
            Cite("48", "2", null, "§2.8"), "Art. 48 cl. 2 is unconfirmed (domain README §10 item 4)."),
        Unconfirmed(ContinueAfterPostponement, "Hết căn cứ hoãn hoặc hết thời hạn hoãn: tiếp tục thi hành án",
            Cite("48", "4", null, "§2.8"), "Art. 48 cl. 4 is unconfirmed (domain README §10 item 4)."),

        // Art. 49 ([C], §2.9): protest-based and bankruptcy-based suspension, and continuation.
        Confirmed(SuspendOnProtest, "Người có thẩm quyền kháng nghị ra quyết định tạm đình chỉ thi hành án", Cite("49", null, null, "§2.9")),
        Confirmed(SuspendOnBankruptcy, "Tòa án thông báo đã thụ lý đơn yêu cầu mở thủ tục phá sản đối với người phải thi hành án", Cite("49", null, null, "§2.9")),
        Confirmed(ContinueAfterSuspension, "Rút kháng nghị, quyết định giám đốc thẩm, tái thẩm giữ nguyên bản án, hoặc Tòa án kết thúc thủ tục phá sản: tiếp tục thi hành án",
            Cite("49", null, null, "§2.9")),

        // Art. 50 cl. 1 (§2.10): the commonly cited list; c and e are confirmed by practice, the wording is not.
        Unconfirmed(TerminateDebtorDied, "Người phải thi hành án chết không để lại di sản hoặc nghĩa vụ không được chuyển giao cho người thừa kế",
            Cite("50", "1", "a", "§2.10"), Art50Wording),
        Unconfirmed(TerminateCreditorDied, "Người được thi hành án chết mà quyền không được chuyển giao hoặc không có người thừa kế",
            Cite("50", "1", "b", "§2.10"), Art50Wording),
        Confirmed(TerminateAgreementOrWaiver, "Đương sự có thỏa thuận bằng văn bản hoặc người được thi hành án yêu cầu không thi hành một phần hoặc toàn bộ quyền",
            Cite("50", "1", "c", "§2.10")),
        Unconfirmed(TerminateJudgmentAnnulled, "Bản án, quyết định bị hủy một phần hoặc toàn bộ", Cite("50", "1", "d", "§2.10"), Art50Wording),
        Unconfirmed(TerminateOrganisationDissolved, "Tổ chức phải thi hành án bị giải thể, không còn tài sản mà nghĩa vụ không được chuyển giao",
            Cite("50", "1", "đ", "§2.10"), Art50Wording),
        Confirmed(TerminateExempted, "Có quyết định miễn hoặc giảm toàn bộ nghĩa vụ thi hành án đã có hiệu lực", Cite("50", "1", "e", "§2.10")),
        Unconfirmed(TerminateBankruptcyOpened, "Tòa án quyết định mở thủ tục phá sản đối với người phải thi hành án", Cite("50", "1", "g", "§2.10"), Art50Wording),
        Unconfirmed(TerminateMinorDiedOrOfAge, "Người chưa thành niên được giao nuôi dưỡng đã chết hoặc đã thành niên", Cite("50", "1", "h", "§2.10"), Art50Wording),

        // Art. 55 cl. 1 ([C], §2.12): delegation to the place of the debtor's assets, work, residence or seat. Between
        // regional offices of one province it ends with the 2025 reorganisation ([C], §0.2): it became a handover.
        Confirmed(DelegateToAgency, "Ủy thác cho cơ quan thi hành án nơi người phải thi hành án có tài sản, làm việc, cư trú hoặc có trụ sở", Cite("55", "1", null, "§2.12")),
        Confirmed(DelegateWithinProvince, "Ủy thác giữa các cơ quan thi hành án trong cùng một tỉnh (bỏ từ 01/07/2025: nay là bàn giao nội bộ)",
            new LegalCitation(Law, "55", "1", null,
                $"Delegation between offices of one province; abolished by the 2025 reorganisation ({LegalInstruments.Reorganisation2025}).", "domain README §0.2, §2.12"),
            validUntil: LawDates.Reorganisation2025EffectiveFrom.AddDays(-1)),

        // Former Art. 51 (2008), repealed by Law 64/2014 from 01/07/2015 ([C], §2.10): no new trả đơn after 30/06/2015.
        Confirmed(ReturnRequest2008, "Trả đơn yêu cầu thi hành án (Điều 51 Luật THADS 2008, bãi bỏ từ 01/07/2015)",
            new LegalCitation(LegalInstruments.LawOnEnforcement2008, "51", null, null,
                "Return of the request: debtor without assets or income, seized assets unsold and refused by the creditor, or a specific item no longer exists.", "domain README §2.10"),
            validUntil: LawDates.AmendingLaw2014EffectiveFrom.AddDays(-1)),
    ];

    private const string Art48Letters = "The ground is from the reference's list for Art. 48 cl. 1; its point letter and 2014 wording are unconfirmed (domain README §2.8, §10 item 4).";

    private const string Art50Wording = "The exact wording of Art. 50 cl. 1 is unconfirmed (domain README §2.10, §10 item 5).";

    private static LegalGround Confirmed(
        string code, string name, LegalCitation citation, DateOnly? validFrom = null, DateOnly? validUntil = null) =>
        new(code, name, citation, ConfirmationStatus.Confirmed, null, validFrom, validUntil);

    private static LegalGround Unconfirmed(
        string code, string name, LegalCitation citation, string reviewReason, DateOnly? validFrom = null) =>
        new(code, name, citation, ConfirmationStatus.Unconfirmed, reviewReason, validFrom);

    private static LegalCitation Cite(string article, string? clause, string? point, string section) =>
        new(Law, article, clause, point, $"Ground {article}{(clause is null ? "" : $".{clause}")}{(point is null ? "" : $".{point}")}.", $"domain README {section}");
}
