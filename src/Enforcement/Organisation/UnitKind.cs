namespace Thads.Enforcement.Organisation;

/// <summary>
/// The kinds of agency in the enforcement system (domain README §1.1, Art. 13 Luật THADS; reorganised from
/// 01/07/2025 by CV 3769/BTP-TCTHADS). Old and new kinds coexist because history must stay queryable.
/// </summary>
public enum UnitKind
{
    /// <summary>Tổng cục THADS (until 30/06/2025), Cục Quản lý THADS (from 01/07/2025).</summary>
    CentralDepartment,

    /// <summary>Cục THADS tỉnh (until 30/06/2025), THADS tỉnh/thành phố (from 01/07/2025).</summary>
    ProvincialAgency,

    /// <summary>Chi cục THADS quận/huyện (until 30/06/2025).</summary>
    DistrictOffice,

    /// <summary>Phòng THADS khu vực (from 01/07/2025): issues no decisions and holds no money.</summary>
    RegionalOffice,

    /// <summary>Cục Thi hành án – Bộ Quốc phòng.</summary>
    MilitaryDepartment,

    /// <summary>Phòng Thi hành án cấp quân khu và tương đương: a military agency that can receive delegations.</summary>
    MilitaryRegionAgency,
}
