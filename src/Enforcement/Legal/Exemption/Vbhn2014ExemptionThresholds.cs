using Thads.Enforcement.Calendar;

namespace Thads.Enforcement.Legal.Exemption;

/// <summary>
/// Art. 61 Luật THADS (VBHN 12/2014) as amended in 2014, in force from 01/07/2015 (domain README §3.2). Amounts are
/// the remainder owed at the review, in VND. The historical ND 58/2009 levels (1/20 paid, caps of 1/3 and 1/5) are
/// deliberately absent: the reference says not to use them for new decisions.
/// </summary>
internal static class Vbhn2014ExemptionThresholds
{
    public const string Title = "Điều 61 Luật THADS (VBHN 12/2014); TTLT 12/2015";

    private static DateOnly EffectiveFrom => LawDates.AmendingLaw2014EffectiveFrom;

    public static ExemptionThresholdTable Create() => new(
        Title,
        EffectiveFrom,
        // Art. 61 cl. 1 (condition A): no assets or only assets that cannot be used, and no income beyond minimum
        // living needs; in the software, the latest verification concluded ground 44a.1.a ([C], domain README §3.2).
        Cite("61", "1", "The debtor has no assets (or only assets that cannot legally be used) and no income, or income covering only the minimum living needs of the debtor and dependants."),
        // The dossier needs a verification record made no more than 3 months before the proposal ([C] value, apra.vn);
        // the reference does not name the provision, so Art. 62 (the dossier) is cited pending review.
        new RecordAgeLimit(DeadlinePeriod.Months(3),
            new LegalCitation(LegalInstruments.LawOnEnforcement, "62", null, null,
                "The proposal dossier includes a verification record made no more than 3 months before the proposal.", "domain README §3.3"),
            ConfirmationStatus.Unconfirmed,
            "The 3-month limit is confirmed (domain README §3.3, step 1) but the reference does not name its provision; Art. 62 Luật THADS / TTLT 12/2015 is assumed."),
        [
            // Art. 61 cl. 1: nothing paid, whole obligation under 2,000,000 VND, more than 5 years ([C]).
            Confirmed("61.1", PaymentState.NothingPaid, 0m, 2_000_000m, 5, "1",
                "Nothing paid and the obligation is under 2,000,000 VND: exemption of the whole after 5 years from the enforcement decision."),
            // Art. 61 cl. 1: nothing paid, 2,000,000 to under 5,000,000 VND, more than 10 years ([C]).
            Confirmed("61.1", PaymentState.NothingPaid, 2_000_000m, 5_000_000m, 10, "1",
                "Nothing paid and the obligation is from 2,000,000 to under 5,000,000 VND: exemption of the whole after 10 years."),
            // Art. 61 cl. 2: part paid, remainder under 5,000,000 VND, more than 5 years ([C]).
            Confirmed("61.2", PaymentState.PartPaid, 0m, 5_000_000m, 5, "2",
                "Part paid and the remainder is under 5,000,000 VND: exemption of the remainder after 5 years."),
            // Art. 61 cl. 2: part paid, remainder 5,000,000 to under 10,000,000 VND, more than 10 years ([C]).
            Confirmed("61.2", PaymentState.PartPaid, 5_000_000m, 10_000_000m, 10, "2",
                "Part paid and the remainder is from 5,000,000 to under 10,000,000 VND: exemption of the remainder after 10 years."),
            // Art. 61 cl. 3: part paid, remainder 10,000,000 VND or more: reduction; elapsed time and cap unconfirmed.
            new ExemptionThreshold("61.3", PaymentState.PartPaid, 10_000_000m, null, DeadlinePeriod.Years(5), ExemptionRelief.Reduction,
                Cite("61", "3", "Part paid and the remainder is 10,000,000 VND or more: reduction of part of the remainder; the elapsed time and the cap per reduction are not confirmed."),
                ConfirmationStatus.Unconfirmed,
                "Art. 61 cl. 3: the elapsed time and the cap per reduction are unconfirmed (domain README §3.2, §10 item 7). 5 years is a default chosen so the warning comes early and a person checks it; a later default would hide obligations that may already be eligible.",
                EffectiveFrom),
        ]);

    private static ExemptionThreshold Confirmed(
        string ground, PaymentState payment, decimal minimum, decimal below, int years, string clause, string text) =>
        new(ground, payment, minimum, below, DeadlinePeriod.Years(years), ExemptionRelief.Exemption,
            Cite("61", clause, text), ConfirmationStatus.Confirmed, null, EffectiveFrom);

    private static LegalCitation Cite(string article, string clause, string text) =>
        new(LegalInstruments.LawOnEnforcement, article, clause, null, text, "domain README §3.2");
}
