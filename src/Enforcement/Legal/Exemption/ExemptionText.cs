using Thads.Enforcement.Calendar;

namespace Thads.Enforcement.Legal.Exemption;

/// <summary>The Vietnamese phrases of exemption assessments, built from the table rows so the text follows the values.</summary>
internal static class ExemptionText
{
    public static string Payment(PaymentState payment) => payment == PaymentState.NothingPaid
        ? "chưa thi hành được khoản nào"
        : "đã thi hành được một phần";

    public static string Relief(ExemptionThreshold threshold) => (threshold.Relief, threshold.Payment) switch
    {
        (ExemptionRelief.Exemption, PaymentState.NothingPaid) => "miễn toàn bộ nghĩa vụ thi hành án",
        (ExemptionRelief.Exemption, _) => "miễn phần nghĩa vụ còn lại",
        _ => "giảm một phần nghĩa vụ còn lại",
    };

    /// <summary>"dưới 2.000.000 đồng", "từ 2.000.000 đồng đến dưới 5.000.000 đồng", "từ 10.000.000 đồng trở lên".</summary>
    public static string Band(ExemptionThreshold threshold) => (threshold.MinimumRemaining, threshold.RemainingBelow) switch
    {
        (0m, { } below) => $"dưới {LegalText.Vnd(below)}",
        (var minimum, { } below) => $"từ {LegalText.Vnd(minimum)} đến dưới {LegalText.Vnd(below)}",
        (var minimum, null) => $"từ {LegalText.Vnd(minimum)} trở lên",
    };

    public static string Elapsed(DeadlinePeriod period) => period.Unit switch
    {
        DeadlineUnit.Year => $"{period.Count:00} năm",
        DeadlineUnit.Month => $"{period.Count:00} tháng",
        _ => $"{period.Count:00} ngày",
    };
}
