namespace Thads.Enforcement.Demo;

/// <summary>Addresses and courts of the demo province (Đà Nẵng) and of Quảng Ngãi, drawn from a seeded <see cref="Random"/>.</summary>
public static class DemoPlaces
{
    /// <summary>Wards of Đà Nẵng after the 2025 reorganisation, with streets in them.</summary>
    private static readonly (string Ward, string[] Streets)[] DaNang =
    [
        ("phường Hải Châu", ["Lê Duẩn", "Trần Phú", "Bạch Đằng", "Phan Châu Trinh", "Hùng Vương"]),
        ("phường Hòa Cường", ["Núi Thành", "2 Tháng 9", "Xô Viết Nghệ Tĩnh", "Nguyễn Hữu Thọ"]),
        ("phường Thanh Khê", ["Điện Biên Phủ", "Hà Huy Tập", "Trần Cao Vân", "Lê Độ"]),
        ("phường An Khê", ["Hàm Nghi", "Nguyễn Tri Phương", "Trường Chinh"]),
        ("phường Sơn Trà", ["Ngô Quyền", "Phạm Văn Đồng", "Lê Văn Duyệt", "Hồ Hán Thương"]),
        ("phường An Hải", ["Ngô Quyền", "Nguyễn Công Trứ", "Phan Tứ", "Trần Hưng Đạo"]),
        ("phường Ngũ Hành Sơn", ["Lê Văn Hiến", "Trần Đại Nghĩa", "Võ Nguyên Giáp"]),
        ("phường Liên Chiểu", ["Nguyễn Lương Bằng", "Âu Cơ", "Tôn Đức Thắng"]),
        ("phường Cẩm Lệ", ["Ông Ích Đường", "Cách Mạng Tháng 8", "Trường Chinh"]),
        ("phường Hòa Xuân", ["Minh Mạng", "Nguyễn Phước Lan", "Võ Chí Công"]),
        ("xã Hòa Vang", ["Quốc lộ 14B", "ĐT 602", "Hồ Chí Minh"]),
        ("phường Tam Kỳ", ["Phan Bội Châu", "Hùng Vương", "Trần Quý Cáp"]),
        ("phường Hội An", ["Trần Hưng Đạo", "Lý Thường Kiệt", "Hai Bà Trưng"]),
    ];

    private static readonly (string Ward, string[] Streets)[] QuangNgai =
    [
        ("phường Cẩm Thành", ["Quang Trung", "Hùng Vương", "Phan Đình Phùng"]),
        ("phường Nghĩa Lộ", ["Lê Lợi", "Trần Hưng Đạo", "Nguyễn Nghiêm"]),
        ("xã Bình Sơn", ["Quốc lộ 1A", "Phạm Văn Đồng"]),
    ];

    public static string Address(Random random, string unitCode)
    {
        var places = unitCode == DemoOrganisation.OtherProvince ? QuangNgai : DaNang;
        var (ward, streets) = DemoNames.Pick(random, places);
        var city = unitCode == DemoOrganisation.OtherProvince ? "tỉnh Quảng Ngãi" : "thành phố Đà Nẵng";
        return $"{random.Next(2, 480)} {DemoNames.Pick(random, streets)}, {ward}, {city}";
    }

    /// <summary>
    /// The court whose judgment the unit enforces: the regional courts (TAND khu vực) and the provincial court since
    /// 07/2025, the district courts before.
    /// </summary>
    public static string Court(Random random, string unitCode, int year)
    {
        if (unitCode == DemoOrganisation.OtherProvince)
        {
            return year >= 2025 ? "Tòa án nhân dân khu vực 1 – Quảng Ngãi" : "Tòa án nhân dân thành phố Quảng Ngãi";
        }

        if (year < 2025)
        {
            return DemoNames.Pick(random, ["Tòa án nhân dân quận Hải Châu", "Tòa án nhân dân quận Thanh Khê", "Tòa án nhân dân quận Sơn Trà", "Tòa án nhân dân thành phố Đà Nẵng"]);
        }

        return unitCode switch
        {
            DemoOrganisation.RegionalOffice1 => "Tòa án nhân dân khu vực 1 – Đà Nẵng",
            DemoOrganisation.RegionalOffice2 => "Tòa án nhân dân khu vực 2 – Đà Nẵng",
            _ => DemoNames.Pick(random, ["Tòa án nhân dân thành phố Đà Nẵng", "Tòa án nhân dân khu vực 3 – Đà Nẵng", "Tòa án nhân dân khu vực 1 – Đà Nẵng"]),
        };
    }

    /// <summary>The two-digit province code of a citizen identity number (Đà Nẵng 048, Quảng Ngãi 051).</summary>
    public static string IdProvinceCode(string unitCode) => unitCode == DemoOrganisation.OtherProvince ? "051" : "048";
}
