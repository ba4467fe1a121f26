namespace Thads.Enforcement.Cases;

/// <summary>
/// What an obligation is. The first four are payable to the state budget and may be exempted or reduced (Art. 61,
/// domain README §3.1); <see cref="Private"/> is owed to a creditor.
/// </summary>
public enum ObligationKind
{
    /// <summary>Án phí, lệ phí Tòa án.</summary>
    CourtFee,

    /// <summary>Tiền phạt.</summary>
    Fine,

    /// <summary>Tịch thu sung quỹ nhà nước.</summary>
    Confiscation,

    /// <summary>Truy thu và các khoản thu khác nộp ngân sách nhà nước.</summary>
    OtherStateRevenue,

    /// <summary>An obligation to a party (trả nợ, bồi thường, cấp dưỡng…).</summary>
    Private,
}
