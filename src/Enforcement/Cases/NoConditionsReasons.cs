using Thads.Enforcement.Legal;
using Thads.Enforcement.Legal.Status;

namespace Thads.Enforcement.Cases;

/// <summary>What each <see cref="NoConditionsReason"/> means in law.</summary>
public static class NoConditionsReasons
{
    /// <summary>The ground of Art. 44a cl. 1 the "no conditions" decision rests on (<see cref="LegalGroundCodes"/>).</summary>
    public static string GroundCode(this NoConditionsReason reason) => reason switch
    {
        NoConditionsReason.NoIncomeOrAssets or NoConditionsReason.ImprisonedNoIncomeOrAssets => LegalGroundCodes.NoIncomeOrAssets,
        NoConditionsReason.ItemGone => LegalGroundCodes.ItemGone,
        NoConditionsReason.AddressUnknown => LegalGroundCodes.AddressUnknown,
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    /// <summary>
    /// The <see cref="LegalRuleKinds"/> variant of the re-verification rule: yearly for a long prison sentence or an
    /// unknown address, otherwise null (every 6 months), Art. 44 cl. 4 (domain README §2.6).
    /// </summary>
    public static string? ReverificationKind(this NoConditionsReason reason) => reason switch
    {
        NoConditionsReason.ImprisonedNoIncomeOrAssets => LegalRuleKinds.LongPrison,
        NoConditionsReason.AddressUnknown => LegalRuleKinds.UnknownAddress,
        _ => null,
    };

    /// <summary>Condition A of Art. 61 (exemption): the finding is ground 44a.1.a (domain README §3.2).</summary>
    public static bool IsNoIncomeOrAssets(this NoConditionsReason reason) =>
        reason is NoConditionsReason.NoIncomeOrAssets or NoConditionsReason.ImprisonedNoIncomeOrAssets;

    public static string Vietnamese(this NoConditionsReason reason) => reason switch
    {
        NoConditionsReason.NoIncomeOrAssets => "Không có thu nhập, tài sản để thi hành án",
        NoConditionsReason.ImprisonedNoIncomeOrAssets => "Đang chấp hành án phạt tù (còn từ 02 năm trở lên), không có thu nhập, tài sản",
        NoConditionsReason.ItemGone => "Vật phải trả không còn hoặc hư hỏng, giấy tờ không thu hồi được",
        NoConditionsReason.AddressUnknown => "Chưa xác định được địa chỉ, nơi cư trú",
        _ => reason.ToString(),
    };
}
