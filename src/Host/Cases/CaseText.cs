using System.Globalization;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Legal.Status;
using Thads.Host.Localization;

namespace Thads.Host.Cases;

/// <summary>
/// The words of the case pages and of the API's readable texts (timeline, labels). Pages read them in the reader's
/// language through <see cref="UiText"/>; the API always answers in Vietnamese, like its error messages. Also names
/// the domain's enum values, so no page shows <c>Creditor</c> or <c>CourtFee</c>.
/// </summary>
public sealed class CaseText(UiText ui, bool vietnameseOnly)
{
    /// <summary>Texts for the API: Vietnamese whatever the reader's culture.</summary>
    public static CaseText Vietnamese(UiText ui) => new(ui, vietnameseOnly: true);

    public string this[string vietnamese] => vietnameseOnly ? vietnamese : ui[vietnamese];

    public string this[string vietnamese, params object?[] values] =>
        string.Format(CultureInfo.InvariantCulture, this[vietnamese], values);

    // The English coverage test finds keys written as Text[ + literal: the vocabulary below writes them that way.
    private CaseText Text => this;

    public string Status(EnforcementStatus? status) => status switch
    {
        null => Text["Hồ sơ mới"],
        EnforcementStatus.Accepted => Text["Đã thụ lý"],
        EnforcementStatus.VoluntaryPeriod => Text["Trong thời hạn tự nguyện thi hành án"],
        EnforcementStatus.Verifying => Text["Đang xác minh điều kiện thi hành án"],
        EnforcementStatus.NoConditions => Text["Chưa có điều kiện thi hành án"],
        EnforcementStatus.Executing => Text["Đang tổ chức thi hành án"],
        EnforcementStatus.Postponed => Text["Hoãn thi hành án"],
        EnforcementStatus.Suspended => Text["Tạm đình chỉ thi hành án"],
        EnforcementStatus.Terminated => Text["Đình chỉ thi hành án"],
        EnforcementStatus.Completed => Text["Thi hành xong"],
        EnforcementStatus.Delegated => Text["Đã ủy thác"],
        EnforcementStatus.ReturnedLegacy => Text["Đã trả đơn (trước 01/07/2015)"],
        _ => status.Value.ToString(),
    };

    public string Role(PartyRole role) => role switch
    {
        PartyRole.Creditor => Text["Người được thi hành án"],
        PartyRole.Debtor => Text["Người phải thi hành án"],
        PartyRole.Related => Text["Người có quyền lợi, nghĩa vụ liên quan"],
        _ => role.ToString(),
    };

    public string PartyKind(PartyKind kind) => kind switch
    {
        Enforcement.Cases.PartyKind.Person => Text["Cá nhân"],
        Enforcement.Cases.PartyKind.Organisation => Text["Tổ chức"],
        _ => kind.ToString(),
    };

    public string ObligationKind(ObligationKind kind) => kind switch
    {
        Enforcement.Cases.ObligationKind.CourtFee => Text["Án phí, lệ phí Tòa án"],
        Enforcement.Cases.ObligationKind.Fine => Text["Tiền phạt"],
        Enforcement.Cases.ObligationKind.Confiscation => Text["Tịch thu sung quỹ nhà nước"],
        Enforcement.Cases.ObligationKind.OtherStateRevenue => Text["Truy thu, khoản thu khác nộp ngân sách"],
        Enforcement.Cases.ObligationKind.Private => Text["Nghĩa vụ trả cho đương sự"],
        _ => kind.ToString(),
    };

    /// <summary>Who an obligation is owed to: the state budget or a private party (the statistics' split).</summary>
    public string Payee(ObligationKind kind) =>
        kind == Enforcement.Cases.ObligationKind.Private ? Text["Trả cho đương sự"] : Text["Ngân sách nhà nước"];

    public string MoneyKind(MoneyKind kind) => kind switch
    {
        Enforcement.Cases.MoneyKind.Collected => Text["Thu tiền"],
        Enforcement.Cases.MoneyKind.PaidOut => Text["Chi trả"],
        Enforcement.Cases.MoneyKind.Returned => Text["Trả lại người phải thi hành án"],
        Enforcement.Cases.MoneyKind.PaidDirectly => Text["Tự nguyện trả trực tiếp"],
        Enforcement.Cases.MoneyKind.HandedOver => Text["Bàn giao cho chấp hành viên khác"],
        Enforcement.Cases.MoneyKind.ReceivedByHandover => Text["Nhận bàn giao"],
        _ => kind.ToString(),
    };

    public string AssetKind(AssetKind kind) => kind switch
    {
        Enforcement.Cases.AssetKind.RealEstate => Text["Bất động sản"],
        Enforcement.Cases.AssetKind.Vehicle => Text["Phương tiện"],
        Enforcement.Cases.AssetKind.BankAccount => Text["Tài khoản, tiền gửi"],
        Enforcement.Cases.AssetKind.Income => Text["Thu nhập"],
        Enforcement.Cases.AssetKind.Movable => Text["Động sản khác"],
        Enforcement.Cases.AssetKind.PropertyRight => Text["Quyền tài sản, giấy tờ có giá"],
        Enforcement.Cases.AssetKind.Other => Text["Khác"],
        _ => kind.ToString(),
    };

    public string AssetState(AssetState state) => state switch
    {
        Enforcement.Cases.AssetState.Identified => Text["Đã phát hiện"],
        Enforcement.Cases.AssetState.Seized => Text["Đã kê biên"],
        Enforcement.Cases.AssetState.Valued => Text["Đã định giá"],
        Enforcement.Cases.AssetState.Auctioned => Text["Đã bán đấu giá"],
        _ => state.ToString(),
    };

    public string IntakePath(IntakePath path) => path switch
    {
        Enforcement.Cases.IntakePath.OnRequest => Text["Theo đơn yêu cầu"],
        Enforcement.Cases.IntakePath.ExOfficio => Text["Chủ động"],
        _ => path.ToString(),
    };

    public string JudgmentType(JudgmentType type) => type switch
    {
        Enforcement.Cases.JudgmentType.Civil => Text["Dân sự"],
        Enforcement.Cases.JudgmentType.Criminal => Text["Hình sự"],
        Enforcement.Cases.JudgmentType.Administrative => Text["Hành chính"],
        Enforcement.Cases.JudgmentType.MarriageAndFamily => Text["Hôn nhân và gia đình"],
        Enforcement.Cases.JudgmentType.BusinessCommercial => Text["Kinh doanh, thương mại"],
        Enforcement.Cases.JudgmentType.Labour => Text["Lao động"],
        Enforcement.Cases.JudgmentType.Bankruptcy => Text["Phá sản"],
        Enforcement.Cases.JudgmentType.Arbitration => Text["Trọng tài thương mại"],
        Enforcement.Cases.JudgmentType.Other => Text["Khác"],
        _ => type.ToString(),
    };

    public string VerificationResult(VerificationResult result) => result switch
    {
        Enforcement.Cases.VerificationResult.HasConditions => Text["Có điều kiện thi hành án"],
        Enforcement.Cases.VerificationResult.NoConditions => Text["Chưa có điều kiện thi hành án"],
        _ => result.ToString(),
    };

    /// <summary>The candidate group of a workflow task, as people call it.</summary>
    public string Group(string? group) => group switch
    {
        "leader" => Text["lãnh đạo"],
        "executor" => Text["chấp hành viên"],
        "intake" => Text["công chức thụ lý"],
        "statistician" => Text["công chức thống kê"],
        null => "—",
        _ => group,
    };

    public string YesNo(bool value) => value ? Text["Có"] : Text["Không"];
}
