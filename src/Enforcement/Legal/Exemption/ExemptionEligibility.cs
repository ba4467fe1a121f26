namespace Thads.Enforcement.Legal.Exemption;

/// <summary>
/// Whether a state-budget obligation may be proposed for exemption or reduction under Art. 61 Luật THADS (VBHN
/// 12/2014) and TTLT 12/2015 (domain README §3.2, §3.4). Pure: the caller supplies the facts and the review date.
/// Art. 61 cl. 4 (exceptional hardship, meritorious acts) needs a person's judgement and is not evaluated here.
/// </summary>
public static class ExemptionEligibility
{
    /// <summary>Evaluates against the standard threshold tables.</summary>
    public static ExemptionAssessment Evaluate(ObligationFacts facts, DateOnly asOf) =>
        Evaluate(facts, asOf, ExemptionThresholdBook.Standard);

    /// <exception cref="ArgumentException">An amount is negative, or more was paid than owed.</exception>
    /// <exception cref="LegalDateOutOfRangeException"><paramref name="asOf"/> is before the first threshold table.</exception>
    public static ExemptionAssessment Evaluate(ObligationFacts facts, DateOnly asOf, ExemptionThresholdBook book)
    {
        Validate(facts);
        var table = book.Versions.InForceOn(asOf);

        // Art. 61 applies only to obligations payable to the state budget (domain README §3.1).
        if (facts.Payee != ObligationPayee.StateBudget)
        {
            return NotApplicable(
                "Chỉ khoản thu, nộp ngân sách nhà nước (án phí, tiền phạt, truy thu, tịch thu sung quỹ) mới được xét miễn, giảm; nghĩa vụ này trả cho đương sự.",
                new LegalCitation(LegalInstruments.LawOnEnforcement, "61", null, null, "Exemption and reduction of state-budget obligations.", "domain README §3.1"));
        }

        if (facts.Remaining <= 0)
        {
            return NotApplicable("Nghĩa vụ đã thi hành xong: không còn số tiền phải thi hành.");
        }

        // Every band also requires condition A: the latest verification found no assets or income (ground 44a.1.a).
        if (facts.LatestVerification is not { NoAssetsOrIncome: true } verification)
        {
            var found = facts.LatestVerification is null
                ? "Chưa có biên bản xác minh điều kiện thi hành án"
                : $"Kết quả xác minh gần nhất (ngày {LegalText.Date(facts.LatestVerification.Date)}) không kết luận người phải thi hành án không có tài sản, thu nhập để thi hành án (điểm a khoản 1 Điều 44a)";
            return NotApplicable($"{found}: chưa đủ điều kiện xét miễn, giảm.", table.HardshipCondition);
        }

        var payment = facts.Paid == 0 ? PaymentState.NothingPaid : PaymentState.PartPaid;
        return EvaluateBands(facts, payment, verification, asOf, book, table);
    }

    /// <summary>
    /// The band of the table in force on the review date decides. When the elapsed time ends under a later version,
    /// that version's band decides instead, so "not yet, from D" is computed under the law in force on D.
    /// </summary>
    private static ExemptionAssessment EvaluateBands(
        ObligationFacts facts, PaymentState payment, VerificationFinding verification, DateOnly asOf,
        ExemptionThresholdBook book, ExemptionThresholdTable table)
    {
        for (ExemptionThresholdTable? version = table; version is not null; version = book.Versions.After(version))
        {
            var threshold = version.Find(payment, facts.Remaining);
            if (threshold is null)
            {
                return NotApplicable(
                    $"Không có mức nào của Điều 61 áp dụng cho nghĩa vụ {ExemptionText.Payment(payment)} với số còn phải thi hành {LegalText.Vnd(facts.Remaining)}.",
                    version.HardshipCondition);
            }

            var windowStart = version.EffectiveFrom > asOf ? version.EffectiveFrom : asOf;
            var eligibleFrom = threshold.EligibleFrom(facts.EnforcementDecisionDate);
            var from = eligibleFrom > windowStart ? eligibleFrom : windowStart;
            var next = book.Versions.After(version);
            if (next is null || from < next.EffectiveFrom)
            {
                return from <= asOf
                    ? Eligible(facts, payment, verification, asOf, version, threshold, eligibleFrom)
                    : NotYet(facts, payment, version, threshold, from);
            }
        }

        throw new InvalidOperationException("Unreachable: the last version always decides.");
    }

    private static ExemptionAssessment Eligible(
        ObligationFacts facts, PaymentState payment, VerificationFinding verification, DateOnly asOf,
        ExemptionThresholdTable table, ExemptionThreshold threshold, DateOnly eligibleFrom)
    {
        var tooOld = table.RecordAge.IsTooOld(verification.Date, asOf);
        var reason = $"Đủ điều kiện đề nghị {ExemptionText.Relief(threshold)} ({threshold.Citation.Label}): {ExemptionText.Payment(payment)}, " +
            $"số còn phải thi hành {LegalText.Vnd(facts.Remaining)} ({ExemptionText.Band(threshold)}), đã hết thời hạn {ExemptionText.Elapsed(threshold.Elapsed)} " +
            $"kể từ ngày ra quyết định thi hành án {LegalText.Date(facts.EnforcementDecisionDate)} (đủ điều kiện từ ngày {LegalText.Date(eligibleFrom)}).";
        if (tooOld)
        {
            reason += $" Biên bản xác minh ngày {LegalText.Date(verification.Date)} đã quá {ExemptionText.Elapsed(table.RecordAge.MaxAge)}: phải xác minh lại trước khi lập hồ sơ.";
        }

        IReadOnlyList<LegalCitation> citations = tooOld
            ? [threshold.Citation, table.HardshipCondition, table.RecordAge.Citation]
            : [threshold.Citation, table.HardshipCondition];
        return new ExemptionAssessment(ExemptionOutcome.Eligible, reason, citations, threshold, eligibleFrom, tooOld, table.Title);
    }

    private static ExemptionAssessment NotYet(
        ObligationFacts facts, PaymentState payment, ExemptionThresholdTable table, ExemptionThreshold threshold, DateOnly from)
    {
        var reason = $"Chưa đủ thời hạn: {ExemptionText.Payment(payment)}, số còn phải thi hành {LegalText.Vnd(facts.Remaining)} ({ExemptionText.Band(threshold)}); " +
            $"được đề nghị {ExemptionText.Relief(threshold)} ({threshold.Citation.Label}) khi hết thời hạn {ExemptionText.Elapsed(threshold.Elapsed)} " +
            $"kể từ ngày ra quyết định thi hành án {LegalText.Date(facts.EnforcementDecisionDate)}, tức từ ngày {LegalText.Date(from)}.";
        return new ExemptionAssessment(ExemptionOutcome.NotYet, reason, [threshold.Citation, table.HardshipCondition], threshold, from, false, table.Title);
    }

    private static ExemptionAssessment NotApplicable(string reason, params LegalCitation[] citations) =>
        new(ExemptionOutcome.NotApplicable, reason, citations, null, null, false, null);

    private static void Validate(ObligationFacts facts)
    {
        if (facts.Amount < 0)
        {
            throw new ArgumentException($"{nameof(ObligationFacts.Amount)}: {facts.Amount} is negative.", nameof(facts));
        }

        if (facts.Paid < 0)
        {
            throw new ArgumentException($"{nameof(ObligationFacts.Paid)}: {facts.Paid} is negative.", nameof(facts));
        }

        if (facts.Paid > facts.Amount)
        {
            throw new ArgumentException($"{nameof(ObligationFacts.Paid)}: {facts.Paid} is more than the amount {facts.Amount}.", nameof(facts));
        }
    }
}
