using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Data;
using Thads.Enforcement.Organisation;

namespace Thads.Enforcement.Demo;

/// <summary>
/// A small, realistic organisation for first runs, the command line's sandbox and tests: one provincial
/// agency (structure since 01/07/2025) with two regional offices, one person per role, a military-region
/// agency and a second province to delegate to. Seeding twice adds nothing.
/// </summary>
public static class DemoOrganisation
{
    public const string Province = "DN";
    public const string RegionalOffice1 = "DN-KV1";
    public const string RegionalOffice2 = "DN-KV2";
    public const string MilitaryRegion = "QK5";
    public const string OtherProvince = "QNG";

    public const string Head = "truong.dn";
    public const string Deputy = "pho.dn";
    public const string ExecutorAn = "chv.an";
    public const string ExecutorBinh = "chv.binh";
    public const string Intake = "thuly.dn";
    public const string Statistician = "thongke.dn";
    public const string Accountant = "ketoan.dn";
    public const string Administrator = "quantri.dn";
    public const string MilitaryHead = "truong.qk5";
    public const string OtherHead = "truong.qng";

    public static async Task SeedAsync(IDbContextFactory<ThadsDbContext> contexts, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Units.AnyAsync(u => u.Code == Province, cancellationToken))
        {
            return;
        }

        var since = new DateOnly(2025, 7, 1);
        var province = Unit(Province, "Thi hành án dân sự thành phố Đà Nẵng", UnitKind.ProvincialAgency, null, since);
        var military = Unit(MilitaryRegion, "Phòng Thi hành án Quân khu 5", UnitKind.MilitaryRegionAgency, null, null);
        var other = Unit(OtherProvince, "Thi hành án dân sự tỉnh Quảng Ngãi", UnitKind.ProvincialAgency, null, since);
        db.Units.AddRange(province, military, other);
        await db.SaveChangesAsync(cancellationToken);

        // Regional offices since 07/2025 issue no decisions and hold no money (CV 3769/BTP-TCTHADS).
        var office1 = Unit(RegionalOffice1, "Phòng Thi hành án dân sự khu vực 1 – Đà Nẵng", UnitKind.RegionalOffice, province.Id, since);
        var office2 = Unit(RegionalOffice2, "Phòng Thi hành án dân sự khu vực 2 – Đà Nẵng", UnitKind.RegionalOffice, province.Id, since);
        office1.IssuesDecisions = office2.IssuesDecisions = false;
        office1.HoldsMoney = office2.HoldsMoney = false;
        db.Units.AddRange(office1, office2);
        await db.SaveChangesAsync(cancellationToken);

        db.Staff.AddRange(
            Person(Head, "Nguyễn Văn Trường", "Trưởng Thi hành án dân sự thành phố", province, StaffRoles.Head),
            Person(Deputy, "Lê Thị Phương", "Phó Trưởng Thi hành án dân sự thành phố", province, StaffRoles.Deputy, AlertMode.DailyDigest),
            Person(ExecutorAn, "Trần Văn An", "Chấp hành viên trung cấp", province, StaffRoles.Executor),
            Person(ExecutorBinh, "Phạm Thị Bình", "Chấp hành viên sơ cấp", province, StaffRoles.Executor),
            Person(Intake, "Võ Thị Thu", "Công chức thụ lý", province, StaffRoles.IntakeOfficer),
            Person(Statistician, "Đặng Văn Kê", "Công chức thống kê", province, StaffRoles.Statistician),
            Person(Accountant, "Huỳnh Thị Toán", "Kế toán", province, StaffRoles.Accountant),
            Person(Administrator, "Bùi Văn Quản", "Quản trị hệ thống", province, StaffRoles.Administrator),
            Person(MilitaryHead, "Đại tá Hoàng Văn Quân", "Trưởng phòng Thi hành án Quân khu 5", military, StaffRoles.Head),
            Person(OtherHead, "Ngô Thị Ngãi", "Trưởng Thi hành án dân sự tỉnh", other, StaffRoles.Head));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Unit Unit(string code, string name, UnitKind kind, int? parentId, DateOnly? validFrom) =>
        new() { Code = code, Name = name, Kind = kind, ParentId = parentId, ValidFrom = validFrom };

    private static StaffMember Person(string userName, string fullName, string position, Unit unit, StaffRoles roles, AlertMode mode = AlertMode.Immediate) =>
        new()
        {
            UserName = userName,
            FullName = fullName,
            Position = position,
            Email = $"{userName}@thads.example.vn",
            UnitId = unit.Id,
            Roles = roles,
            AlertMode = mode,
        };
}
