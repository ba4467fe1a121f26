namespace Thads.Enforcement.Cases;

/// <summary>What kind of asset of the debtor was found (domain README §2.14–2.15).</summary>
public enum AssetKind
{
    /// <summary>Quyền sử dụng đất, nhà ở, công trình.</summary>
    RealEstate,

    Vehicle,

    /// <summary>Tài khoản, tiền gửi.</summary>
    BankAccount,

    /// <summary>Thu nhập (tiền lương…) that can be deducted.</summary>
    Income,

    /// <summary>Other movables.</summary>
    Movable,

    /// <summary>Quyền tài sản, giấy tờ có giá.</summary>
    PropertyRight,

    Other,
}
