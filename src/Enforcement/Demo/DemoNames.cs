namespace Thads.Enforcement.Demo;

/// <summary>Vietnamese personal and company names, drawn from a seeded <see cref="Random"/> so that a seed always gives the same people.</summary>
public static class DemoNames
{
    // Roughly by frequency: the common family names come up more often.
    private static readonly string[] FamilyNames =
    [
        "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Mai", "Tôn", "Lương", "Thái",
    ];

    private static readonly string[] MaleMiddleNames = ["Văn", "Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Đình", "Ngọc"];

    private static readonly string[] FemaleMiddleNames = ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ", "Bích", "Hoài"];

    private static readonly string[] MaleGivenNames =
    [
        "An", "Bảo", "Cường", "Dũng", "Duy", "Hải", "Hiếu", "Hoàng", "Hùng", "Huy", "Khang", "Khoa", "Long", "Minh", "Nam",
        "Nghĩa", "Phong", "Phúc", "Quang", "Sơn", "Tài", "Thắng", "Thành", "Tiến", "Toàn", "Trung", "Tuấn", "Việt", "Vinh",
    ];

    private static readonly string[] FemaleGivenNames =
    [
        "Anh", "Bích", "Chi", "Diệp", "Dung", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Loan", "Mai", "My", "Nga",
        "Ngân", "Nhung", "Oanh", "Phương", "Quyên", "Tâm", "Thảo", "Thủy", "Trang", "Trinh", "Uyên", "Vân", "Vy", "Yến",
    ];

    private static readonly string[] CompanyForms = ["Công ty TNHH", "Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH MTV", "Doanh nghiệp tư nhân"];

    private static readonly string[] CompanyTrades =
    [
        "Thương mại", "Xây dựng", "Vận tải", "Du lịch", "Thủy sản", "Bất động sản", "Xuất nhập khẩu", "Cơ khí", "Dịch vụ",
        "Vật liệu xây dựng", "Đầu tư", "Nội thất",
    ];

    private static readonly string[] CompanyBrands =
    [
        "Minh Phát", "Sông Hàn", "Hải Vân", "Ngũ Hành", "Tiên Sa", "Thành Đạt", "Phú Quý", "Đại Lộc", "An Khang", "Hòa Bình",
        "Sơn Trà", "Trường Sa", "Hưng Thịnh", "Việt Trung", "Kim Long",
    ];

    /// <summary>A person's full name; <paramref name="female"/> chooses the middle and given names.</summary>
    public static string Person(Random random, bool female) =>
        $"{Pick(random, FamilyNames)} {Pick(random, female ? FemaleMiddleNames : MaleMiddleNames)} {Pick(random, female ? FemaleGivenNames : MaleGivenNames)}";

    public static string Company(Random random) =>
        $"{Pick(random, CompanyForms)} {Pick(random, CompanyTrades)} {Pick(random, CompanyBrands)}";

    /// <summary>A 12-digit citizen identity number (CCCD): province code, sex and century digit, year of birth, serial.</summary>
    public static string CitizenId(Random random, string provinceCode, bool female, int birthYear) =>
        $"{provinceCode}{(female ? 1 : 0)}{birthYear % 100:D2}{random.Next(0, 1_000_000):D6}";

    /// <summary>A 10-digit tax code (mã số thuế) of a company.</summary>
    public static string TaxCode(Random random) => $"04{random.Next(0, 100_000_000):D8}";

    internal static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
