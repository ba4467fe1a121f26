using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Data;
using Thads.Enforcement.Organisation;

namespace Thads.Enforcement.Demo;

/// <summary>
/// The people the demo cases need beyond <see cref="DemoOrganisation"/>: the heads and executors of the two regional
/// offices (since 07/2025 the executors sit in the regional offices while the province signs, CV 3769/BTP-TCTHADS),
/// a third provincial executor who is leaving (his cases wait for a handover), and an executor in Quảng Ngãi whose
/// cases are delegated to Đà Nẵng. Seeding twice adds nothing.
/// </summary>
public static class DemoStaff
{
    public const string HeadOffice1 = "truong.kv1";
    public const string HeadOffice2 = "truong.kv2";
    public const string ExecutorDung = "chv.dung";
    public const string ExecutorHanh = "chv.hanh";
    public const string ExecutorKhoa = "chv.khoa";
    public const string ExecutorCuong = "chv.cuong";
    public const string ExecutorSang = "chv.sang";

    /// <summary>User names, in seeding order.</summary>
    public static IReadOnlyList<string> UserNames { get; } = [HeadOffice1, ExecutorDung, ExecutorHanh, HeadOffice2, ExecutorKhoa, ExecutorCuong, ExecutorSang];

    public static async Task SeedAsync(IDbContextFactory<ThadsDbContext> contexts, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await db.Staff.Where(s => UserNames.Contains(s.UserName)).Select(s => s.UserName).ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking()
            .Where(u => u.Code == DemoOrganisation.Province || u.Code == DemoOrganisation.RegionalOffice1
                || u.Code == DemoOrganisation.RegionalOffice2 || u.Code == DemoOrganisation.OtherProvince)
            .ToDictionaryAsync(u => u.Code, u => u.Id, cancellationToken);
        if (units.Count < 4)
        {
            throw new InvalidOperationException("The demo organisation must be seeded before the demo staff (DemoOrganisation.SeedAsync).");
        }

        var people = new[]
        {
            Person(HeadOffice1, "Phan Văn Khánh", "Trưởng phòng Thi hành án dân sự khu vực 1", units[DemoOrganisation.RegionalOffice1], StaffRoles.Head),
            Person(ExecutorDung, "Đỗ Văn Dũng", "Chấp hành viên trung cấp", units[DemoOrganisation.RegionalOffice1], StaffRoles.Executor),
            Person(ExecutorHanh, "Hồ Thị Hạnh", "Chấp hành viên sơ cấp", units[DemoOrganisation.RegionalOffice1], StaffRoles.Executor),
            Person(HeadOffice2, "Dương Thị Lan", "Trưởng phòng Thi hành án dân sự khu vực 2", units[DemoOrganisation.RegionalOffice2], StaffRoles.Head),
            Person(ExecutorKhoa, "Vũ Minh Khoa", "Chấp hành viên trung cấp", units[DemoOrganisation.RegionalOffice2], StaffRoles.Executor),
            Person(ExecutorCuong, "Lê Văn Cường", "Chấp hành viên sơ cấp", units[DemoOrganisation.Province], StaffRoles.Executor),
            Person(ExecutorSang, "Trương Văn Sang", "Chấp hành viên trung cấp", units[DemoOrganisation.OtherProvince], StaffRoles.Executor),
        };
        db.Staff.AddRange(people.Where(p => !existing.Contains(p.UserName)));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static StaffMember Person(string userName, string fullName, string position, int unitId, StaffRoles roles) =>
        new()
        {
            UserName = userName,
            FullName = fullName,
            Position = position,
            Email = $"{userName}@thads.example.vn",
            UnitId = unitId,
            Roles = roles,
        };
}
