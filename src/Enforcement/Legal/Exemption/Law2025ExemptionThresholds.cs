namespace Thads.Enforcement.Legal.Exemption;

/// <summary>
/// The exemption/reduction thresholds under Law 106/2025/QH15 from 01/07/2026: not confirmed (domain README §0.3.1,
/// "Exemption/reduction thresholds: [unconfirmed]"), so the 2014 bands are carried forward and marked for review.
/// </summary>
internal static class Law2025ExemptionThresholds
{
    public const string Title = "Luật THADS 106/2025/QH15 (ngưỡng chưa xác nhận, giữ theo Điều 61 VBHN 12/2014)";

    private static DateOnly EffectiveFrom => LawDates.Law2025EffectiveFrom;

    public static ExemptionThresholdTable Create(ExemptionThresholdTable previous) => new(
        Title,
        EffectiveFrom,
        previous.HardshipCondition,
        previous.RecordAge with { Confirmation = ConfirmationStatus.CarriedForward, ReviewReason = Reason(previous.RecordAge.Citation, previous.RecordAge.ReviewReason) },
        previous.Thresholds.Select(threshold => threshold with
        {
            Confirmation = ConfirmationStatus.CarriedForward,
            EffectiveFrom = EffectiveFrom,
            ReviewReason = Reason(threshold.Citation, threshold.ReviewReason),
        }));

    private static string Reason(LegalCitation citation, string? earlierReason) =>
        $"{LegalInstruments.LawOnEnforcement2025} (in force {LegalText.Date(EffectiveFrom)}): the exemption/reduction thresholds are not confirmed " +
        $"(domain README §0.3.1, §10 item 14); {citation.Label} is carried forward." +
        (earlierReason is null ? "" : $" Already unconfirmed before: {earlierReason}");
}
