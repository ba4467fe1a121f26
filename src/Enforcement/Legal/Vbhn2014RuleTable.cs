using Thads.Enforcement.Calendar;
using static Thads.Enforcement.Legal.LegalRuleKinds;
using static Thads.Enforcement.Legal.LegalRuleNames;

namespace Thads.Enforcement.Legal;

/// <summary>
/// The deadlines of Law 26/2008/QH12 as amended by Law 64/2014/QH13 (consolidated text 12/VBHN-VPQH), in force from
/// 01/07/2015 until 30/06/2026. Values and tags follow the domain reference; a row the reference tags unconfirmed
/// (or only backs by the product requirements) is <see cref="ConfirmationStatus.Unconfirmed"/> with the reason.
/// Clauses are cited only where the reference names them.
/// </summary>
internal static class Vbhn2014RuleTable
{
    public const string Title = "Luật THADS 26/2008/QH12 sửa đổi bởi Luật 64/2014/QH13 (VBHN 12/VBHN-VPQH)";

    private const string Law = LegalInstruments.LawOnEnforcement;

    private static DateOnly EffectiveFrom => LawDates.AmendingLaw2014EffectiveFrom;

    public static LegalRuleTable Create() => new(Title, EffectiveFrom,
    [
        // Art. 36 Luật THADS (VBHN 12/2014): 05 working days from receipt of the request (domain README §2.2, [C]).
        Confirmed(Decision, null, DeadlinePeriod.WorkingDays(5), "receipt of the enforcement request (đơn yêu cầu)",
            Cite("36", "Issue the enforcement decision within 05 working days of receiving the request.", "§2.2")),
        // Art. 36: ex officio (chủ động) for points a–d, 05 working days from receipt of the judgment ([C], 2008 text).
        Confirmed(Decision, ExOfficio, DeadlinePeriod.WorkingDays(5), "receipt of the judgment or decision from the court",
            Cite("36", "Ex officio: issue the decision within 05 working days of receiving the judgment (fines, court fees, confiscation, recovery for the state).", "§2.2")),
        // Art. 36: interim measures "ngay" (the 2008 text said 24 hours); the 2014 wording is unconfirmed.
        Unconfirmed(Decision, InterimMeasure, DeadlinePeriod.Immediate, "receipt of the court's decision on an urgent interim measure",
            "The 2014 wording of Art. 36 for urgent interim measures ('ngay', immediately) is unconfirmed (domain README §2.2, §10 item 1).",
            Cite("36", "Urgent interim measures (BPKCTT): issue the decision immediately.", "§2.2")),
        // Art. 36 point e (bankruptcy decisions, added 2014): 03 working days, unconfirmed.
        Unconfirmed(Decision, Bankruptcy, DeadlinePeriod.WorkingDays(3), "receipt of the court's bankruptcy decision",
            "The 03-working-day period for bankruptcy decisions is unconfirmed (domain README §2.2, §10 item 1).",
            Cite("36", "Court decisions in bankruptcy: issue the decision within 03 working days.", "§2.2")),
        // Refusal shares the decision's 05-working-day window ([C]); the article holding it after 2014 is not known.
        Unconfirmed(Refusal, null, DeadlinePeriod.WorkingDays(5), "receipt of the enforcement request (đơn yêu cầu)",
            "The 05-working-day value is confirmed, but the article of VBHN 12/2014 that now holds the refusal rule is not (domain README §2.2); Art. 36 is cited for the shared window.",
            Cite("36", "Within the same 05 working days the agency issues the decision or refuses the request in writing (no right to request, no competence, limitation expired).", "§2.2")),
        // Art. 39: 03 working days from the date of the decision or document ([C]).
        Confirmed(Notify, null, DeadlinePeriod.WorkingDays(3), "date of the decision or document to notify",
            Cite("39", "Notify decisions and documents to the parties within 03 working days of their date, unless notice would let the debtor hide or dispose of assets.", "§2.4")),
        // Art. 45: 10 days (calendar days: the text does not say working days) from receipt or due notice ([C]).
        Confirmed(Voluntary, null, DeadlinePeriod.Days(10), "debtor received, or was duly notified of, the enforcement decision",
            Cite("45", "The voluntary execution period is 10 days from the day the debtor receives or is duly notified of the decision (15 days before 2015).", "§2.5")),
        // Art. 44; ND 62 Art. 9 as rewritten by ND 33/2020: 10 days after the voluntary period ends ([C]).
        Confirmed(Verification, null, DeadlinePeriod.Days(10), "last day of the voluntary period, not performed",
            Cite("44", "Verify the debtor's conditions within 10 days after the voluntary period ends without voluntary performance.", "§2.6"),
            Decree9("Verification: the executor verifies and records the result in a verification record.")),
        // Art. 44: interim measures are verified immediately, read as the day the executor is assigned ([C]).
        Confirmed(Verification, InterimMeasure, DeadlinePeriod.Immediate, "assignment of the executor to an urgent interim measure",
            Cite("44", "Urgent interim measures: verify immediately (practice: the day the executor is assigned).", "§2.6")),
        // Art. 44 cl. 4; ND 62 Art. 9 (ND 33/2020): at least every 6 months while the debtor has no conditions.
        Unconfirmed(Reverification, null, DeadlinePeriod.Months(6), "last verification that found no conditions",
            "Cadence from the product requirements; the exact wording of Art. 44 cl. 4 and ND 62 Art. 9 is unconfirmed (domain README §2.6, §10 item 2).",
            Cite("44", "While the debtor has no conditions, verify again at least once every 6 months.", "§2.6", clause: "4"),
            Decree9("Periodic re-verification of a debtor without conditions.")),
        // Same provision: yearly when the debtor serves a prison sentence with 2 years or more left.
        Unconfirmed(Reverification, LongPrison, DeadlinePeriod.Years(1), "last verification that found no conditions",
            "Extended cadence from the product requirements; wording unconfirmed (domain README §2.6, §10 item 2).",
            Cite("44", "At least once a year when the debtor is serving a prison sentence with 2 years or more left.", "§2.6", clause: "4"),
            Decree9("Yearly re-verification of a prisoner with 2 years or more left.")),
        // Same provision: yearly when the debtor's new address or residence cannot be found (cf. ground 44a.1.c).
        Unconfirmed(Reverification, UnknownAddress, DeadlinePeriod.Years(1), "last verification that found no conditions",
            "Extended cadence from the product requirements; wording unconfirmed (domain README §2.6, §10 item 2).",
            Cite("44", "At least once a year when the debtor's new address or residence cannot be found.", "§2.6", clause: "4"),
            Decree9("Yearly re-verification of a debtor whose address cannot be found.")),
        // Art. 44 cl. 4 imposes the notice but no period: 05 working days is the product default (warning W7c).
        Unconfirmed(CreditorNotice, null, DeadlinePeriod.WorkingDays(5), "second consecutive verification that found no conditions",
            "The law requires written notice to the creditor after two verifications without conditions but sets no period; 05 working days is the configurable default of warning W7c (domain README §2.6, §4).",
            Cite("44", "After two verifications the debtor still has no conditions: notify the creditor of the result in writing.", "§2.6", clause: "4")),
        // ND 62 Art. 9 (ND 33/2020) sets the period for the Art. 44a decision; 05 working days is an unconfirmed default.
        Unconfirmed(NoConditionsDecision, null, DeadlinePeriod.WorkingDays(5), "verification record showing a ground of Art. 44a cl. 1",
            "The period for the 'no conditions' decision is in ND 62 Art. 9 as rewritten by ND 33/2020 and is unconfirmed; 05 working days is the configuration default (domain README §2.7, §10 item 3).",
            Cite("44a", "On the verification result, the head decides that the debtor has no conditions (no income or assets; item gone; address unknown).", "§2.7"),
            Decree9("Time limit to issue the 'no conditions' decision.")),
        // Art. 48 cl. 3: 05 working days from the ground arising (unconfirmed).
        Unconfirmed(Postponement, null, DeadlinePeriod.WorkingDays(5), "the ground for postponement arises",
            "Art. 48 cl. 3 (05 working days) is unconfirmed (domain README §2.8, §10 item 4).",
            Cite("48", "Issue the postponement decision within 05 working days of the ground arising.", "§2.8", clause: "3")),
        // Art. 48 cl. 3: immediately when a protest-holder's request arrives before enforcement begins (unconfirmed).
        Unconfirmed(Postponement, ProtestRequest, DeadlinePeriod.Immediate, "receipt of a protest-holder's request, before enforcement begins",
            "Art. 48 cl. 3 ('immediately' for a protest-holder's request) is unconfirmed (domain README §2.8, §10 item 4).",
            Cite("48", "Issue the postponement immediately if the protest-holder's request arrives before enforcement begins.", "§2.8", clause: "3")),
        // Art. 48 cl. 2: a protest-holder may obtain one postponement of at most 3 months (unconfirmed; warning W12).
        Unconfirmed(PostponementLimit, null, DeadlinePeriod.Months(3), "start of a postponement requested by a protest-holder",
            "Art. 48 cl. 2 (once, at most 3 months) is unconfirmed (domain README §2.8, §10 item 4).",
            Cite("48", "A person with power to protest may request postponement once, for at most 3 months.", "§2.8", clause: "2")),
        // Art. 48 cl. 4: continuation within 05 working days after the ground ends (unconfirmed).
        Unconfirmed(PostponementContinuation, null, DeadlinePeriod.WorkingDays(5), "the postponement ground ends or the postponement period expires",
            "Art. 48 cl. 4 (05 working days) is unconfirmed (domain README §2.8, §10 item 4).",
            Cite("48", "Issue the continuation decision within 05 working days after the ground ends or the period expires.", "§2.8", clause: "4")),
        // Art. 49: 05 working days from the court's notice that it accepted a bankruptcy petition ([C]).
        Confirmed(Suspension, null, DeadlinePeriod.WorkingDays(5), "receipt of the court's notice that it accepted a bankruptcy petition against the debtor",
            Cite("49", "Issue the suspension decision within 05 working days of the court's notice of a bankruptcy petition.", "§2.9")),
        // Art. 49: continuation within 05 working days ([C]; triggers other than the three listed are unconfirmed).
        Confirmed(SuspensionContinuation, null, DeadlinePeriod.WorkingDays(5), "receipt of the protest withdrawal, the decision upholding the judgment, or the court decision ending the bankruptcy procedure",
            Cite("49", "Continue enforcement within 05 working days of the protest's withdrawal, a cassation/reopening decision upholding the judgment, or the end of the bankruptcy procedure.", "§2.9")),
        // Art. 50 cl. 2: 05 working days from the ground arising (unconfirmed; consistent with procuracy practice [C]).
        Unconfirmed(Termination, null, DeadlinePeriod.WorkingDays(5), "the ground for termination arises (incl. an exemption decision taking effect)",
            "Art. 50 cl. 2 (05 working days) is unconfirmed; procuracy practice is consistent with it (domain README §2.10, §10 item 5).",
            Cite("50", "Issue the termination decision within 05 working days from the day the ground arises.", "§2.10", clause: "2")),
        // Art. 55 cl. 3: 05 working days from the day grounds for delegation are established ([C]).
        Confirmed(Delegation, null, DeadlinePeriod.WorkingDays(5), "grounds for delegation established",
            Cite("55", "Delegate within 05 working days from the day the grounds for delegation are established.", "§2.12", clause: "3")),
        // Art. 55 cl. 3: interim measures immediately (unconfirmed).
        Unconfirmed(Delegation, InterimMeasure, DeadlinePeriod.Immediate, "grounds for delegation of an urgent interim measure established",
            "'Immediately' for urgent interim measures in Art. 55 cl. 3 is unconfirmed (domain README §2.12).",
            Cite("55", "Urgent interim measures: delegate immediately.", "§2.12", clause: "3")),
        // Art. 57: the receiving agency issues its decision within 05 working days (unconfirmed).
        Unconfirmed(DelegationAcceptance, null, DeadlinePeriod.WorkingDays(5), "receipt of the delegation decision",
            "Art. 57 obligations of the receiving agency are unconfirmed (domain README §2.12, §10 item 6).",
            Cite("57", "The receiving agency issues its own enforcement decision within 05 working days of receiving the delegation and may not send it back.", "§2.12")),
        Unconfirmed(DelegationAcceptance, InterimMeasure, DeadlinePeriod.Immediate, "receipt of the delegation of an urgent interim measure",
            "Art. 57 obligations of the receiving agency are unconfirmed (domain README §2.12, §10 item 6).",
            Cite("57", "Urgent interim measures: the receiving agency issues its decision immediately.", "§2.12")),
        // Art. 47: pay out within 10 days of collecting the money or assets ([C]).
        Confirmed(Payout, null, DeadlinePeriod.Days(10), "collection of the money or assets",
            Cite("47", "Within 10 days of collecting money or assets, pay them out or return them in the order of Art. 47 cl. 1–3.", "§2.16")),
        // Art. 30: 5 years from the judgment taking effect, or from the obligation's (or instalment's) due date ([C]).
        Confirmed(Limitation, null, DeadlinePeriod.Years(5), "the judgment takes legal effect, or the obligation (instalment) falls due",
            Cite("30", "A request may be filed within 5 years of the judgment taking effect (or of the due date; per instalment for periodic obligations). Postponement and suspension periods are not counted: add them to the result.", "§2.3")),
        // Art. 64 cl. 1: the same-level procuracy may appeal within 7 days, the next level within 15 days ([C]).
        Confirmed(ExemptionAppeal, null, DeadlinePeriod.Days(7), "the procuracy receives the court's exemption or reduction decision",
            Cite("64", "The procuracy at the same level may appeal the exemption/reduction decision within 7 days of receiving it.", "§3.3", clause: "1")),
        Confirmed(ExemptionAppeal, HigherProcuracy, DeadlinePeriod.Days(15), "the procuracy receives the court's exemption or reduction decision",
            Cite("64", "The procuracy at the next level up may appeal within 15 days of receiving the decision.", "§3.3", clause: "1")),
    ]);

    private static LegalRule Confirmed(
        string name, string? kind, DeadlinePeriod period, string countsFrom, params LegalCitation[] citations) =>
        new(name, kind, period, countsFrom, citations, ConfirmationStatus.Confirmed, null, EffectiveFrom);

    private static LegalRule Unconfirmed(
        string name, string? kind, DeadlinePeriod period, string countsFrom, string reviewReason, params LegalCitation[] citations) =>
        new(name, kind, period, countsFrom, citations, ConfirmationStatus.Unconfirmed, reviewReason, EffectiveFrom);

    private static LegalCitation Cite(string article, string text, string section, string? clause = null) =>
        new(Law, article, clause, null, text, $"domain README {section}");

    private static LegalCitation Decree9(string text) =>
        new(LegalInstruments.Decree62, "9", null, null, text, "domain README §2.6–2.7");
}
