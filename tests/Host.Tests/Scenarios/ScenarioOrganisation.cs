using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Data;
using Thads.Enforcement.Organisation;

namespace Thads.Host.Tests.Scenarios;

/// <summary>
/// The people and agencies of every scenario, in the structure since 01/07/2025 (CV 3769/BTP-TCTHADS): the
/// Hà Nội agency owns the cases and their money, its regional office issues no decisions, a military-region
/// agency and another province can receive delegations. Seeded through the application's own context.
/// </summary>
public static class ScenarioOrganisation
{
    public const string Province = "HN";
    public const string RegionalOffice = "HN-KV1";
    public const string MilitaryRegion = "QK7";
    public const string OtherProvince = "HCM";

    public const string Head = "truong.hn";
    public const string Deputy = "pho.hn";
    public const string ExecutorAn = "chv.an";
    public const string ExecutorBinh = "chv.binh";
    public const string Intake = "thuly.hn";
    public const string Statistician = "thongke.hn";
    public const string MilitaryHead = "truong.qk7";
    public const string OtherHead = "truong.hcm";

    public const string HeadEmail = "truong.hn@thads.hanoi.gov.vn";
    public const string DeputyEmail = "pho.hn@thads.hanoi.gov.vn";

    /// <summary>The deputy reads alerts in one digest at 07:00, the hour the scenario host sends digests.</summary>
    public const int DeputyDigestHour = 7;

    public static async Task SeedAsync(IDbContextFactory<ThadsDbContext> contexts)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var since = new DateOnly(2025, 7, 1);
        var province = new Unit { Code = Province, Name = "Thi hành án dân sự thành phố Hà Nội", Kind = UnitKind.ProvincialAgency, ValidFrom = since };
        var military = new Unit { Code = MilitaryRegion, Name = "Phòng Thi hành án Quân khu 7", Kind = UnitKind.MilitaryRegionAgency };
        var other = new Unit { Code = OtherProvince, Name = "Thi hành án dân sự Thành phố Hồ Chí Minh", Kind = UnitKind.ProvincialAgency, ValidFrom = since };
        db.Units.AddRange(province, military, other);
        await db.SaveChangesAsync();

        // A regional office since 07/2025 issues no decisions and holds no money: its province does both.
        db.Units.Add(new Unit
        {
            Code = RegionalOffice, Name = "Phòng Thi hành án dân sự khu vực 1 – Hà Nội", Kind = UnitKind.RegionalOffice,
            ParentId = province.Id, ValidFrom = since, IssuesDecisions = false, HoldsMoney = false,
        });
        db.Staff.AddRange(
            Person(Head, "Nguyễn Văn Trưởng", HeadEmail, province, StaffRoles.Head),
            Person(Deputy, "Lê Thị Phó", DeputyEmail, province, StaffRoles.Deputy, AlertMode.DailyDigest),
            Person(ExecutorAn, "Trần Văn An", "chv.an@thads.hanoi.gov.vn", province, StaffRoles.Executor),
            Person(ExecutorBinh, "Phạm Thị Bình", "chv.binh@thads.hanoi.gov.vn", province, StaffRoles.Executor),
            Person(Intake, "Võ Thị Thu", "thuly.hn@thads.hanoi.gov.vn", province, StaffRoles.IntakeOfficer),
            Person(Statistician, "Đặng Văn Kê", "thongke.hn@thads.hanoi.gov.vn", province, StaffRoles.Statistician),
            Person(MilitaryHead, "Đại tá Hoàng Văn Quân", "truong.qk7@thads.qk7.vn", military, StaffRoles.Head),
            Person(OtherHead, "Ngô Thị Sương", "truong.hcm@thads.hcm.gov.vn", other, StaffRoles.Head));
        await db.SaveChangesAsync();
    }

    private static StaffMember Person(string userName, string fullName, string email, Unit unit, StaffRoles roles, AlertMode mode = AlertMode.Immediate) =>
        new()
        {
            UserName = userName,
            FullName = fullName,
            Email = email,
            UnitId = unit.Id,
            Roles = roles,
            AlertMode = mode,
            DigestHour = DeputyDigestHour,
        };
}
