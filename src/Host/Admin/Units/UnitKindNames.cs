using Thads.Enforcement.Organisation;

namespace Thads.Host.Admin.Units;

/// <summary>The Vietnamese names of <see cref="UnitKind"/> shown on the administration pages.</summary>
public static class UnitKindNames
{
    public static string Label(UnitKind kind) => kind switch
    {
        UnitKind.CentralDepartment => "Cục Quản lý THADS (Tổng cục THADS)",
        UnitKind.ProvincialAgency => "THADS tỉnh, thành phố",
        UnitKind.DistrictOffice => "Chi cục THADS quận, huyện (trước 07/2025)",
        UnitKind.RegionalOffice => "Phòng THADS khu vực",
        UnitKind.MilitaryDepartment => "Cục Thi hành án – Bộ Quốc phòng",
        UnitKind.MilitaryRegionAgency => "Phòng Thi hành án cấp quân khu",
        _ => kind.ToString(),
    };
}
