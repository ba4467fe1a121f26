namespace Thads.Enforcement.Legal;

/// <summary>
/// The deadlines under Law 106/2025/QH15, in force from 01/07/2026. No official text was available for the domain
/// reference (§0.3.1: "every 'new' cell is [unconfirmed]"), so every row carries the 2014 value forward, marked
/// <see cref="ConfirmationStatus.CarriedForward"/> with the reason. When the Official Gazette text is read, put the
/// confirmed rows in <see cref="ConfirmedRows"/>; they replace the carried-forward row with the same key.
/// </summary>
internal static class Law2025RuleTable
{
    public const string Title = "Luật THADS 106/2025/QH15 (giá trị chưa xác nhận, giữ theo VBHN 12/2014)";

    private static DateOnly EffectiveFrom => LawDates.Law2025EffectiveFrom;

    /// <summary>Rows confirmed against the text of Law 106/2025 and its decree; none yet (domain README §10 items 14–15).</summary>
    private static IReadOnlyList<LegalRule> ConfirmedRows => [];

    public static LegalRuleTable Create(LegalRuleTable previous) => new(Title, EffectiveFrom,
        previous.Rules.Select(rule => ConfirmedRows.FirstOrDefault(row => row.Key == rule.Key) ?? CarryForward(rule)));

    private static LegalRule CarryForward(LegalRule rule) => rule with
    {
        Confirmation = ConfirmationStatus.CarriedForward,
        EffectiveFrom = EffectiveFrom,
        ReviewReason =
            $"{LegalInstruments.LawOnEnforcement2025} (in force {LegalText.Date(EffectiveFrom)}): the article and value of this rule are not confirmed " +
            $"(domain README §0.3.1, §10 item 14); the value of {rule.Citation.Label} is carried forward." +
            (rule.ReviewReason is null ? "" : $" Already unconfirmed before: {rule.ReviewReason}"),
    };
}
