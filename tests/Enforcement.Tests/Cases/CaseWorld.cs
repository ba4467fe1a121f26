using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Organisation;
using Thads.Enforcement.Tests.Support;

namespace Thads.Enforcement.Tests.Cases;

/// <summary>
/// A migrated SQLite file with an organisation after the 2025 reorganisation (Đà Nẵng with two regional offices and
/// its dissolved district offices, Hà Nội, the military enforcement department with Military Region 5), its staff,
/// and a <see cref="CaseService"/> on a clock fixed at 02/03/2026 10:00 in Vietnam.
/// </summary>
internal sealed class CaseWorld : IAsyncDisposable
{
    public const string Clerk = "thuly.dn";

    private static readonly JsonSerializerOptions SnapshotOptions = new()
    {
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
        Converters = { new JsonStringEnumConverter() },
    };

    private CaseWorld(CalendarDatabase database)
    {
        Database = database;
        Database.Time.Now = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(7));
        Service = new CaseService(database.Factory, database.Time);
    }

    public CalendarDatabase Database { get; }

    public CaseService Service { get; }

    public static async Task<CaseWorld> CreateAsync()
    {
        var world = new CaseWorld(await CalendarDatabase.CreateAsync());
        await world.SeedOrganisationAsync();
        return world;
    }

    public async Task<EnforcementCase> ReloadAsync(int caseId) =>
        await Service.GetAsync(caseId) ?? throw new InvalidOperationException($"Case {caseId} is gone.");

    /// <summary>Everything stored about the case, its audit trail and the size of every case table, as one string.</summary>
    public async Task<string> SnapshotAsync(int caseId)
    {
        var c = await ReloadAsync(caseId);
        await using var db = Database.Factory.CreateDbContext();
        var counts = new[]
        {
            await db.Cases.CountAsync(), await db.StatusChanges.CountAsync(), await db.MoneyEntries.CountAsync(),
            await db.Assignments.CountAsync(), await db.Approvals.CountAsync(), await db.Notices.CountAsync(),
            await db.Verifications.CountAsync(), await db.Assets.CountAsync(), await db.Attachments.CountAsync(),
            await db.Handovers.CountAsync(), await db.Delegations.CountAsync(), await db.Audit.CountAsync(),
        };
        return JsonSerializer.Serialize(new { Case = c, Counts = counts }, SnapshotOptions);
    }

    public async Task<int> UnitIdAsync(string code)
    {
        await using var db = Database.Factory.CreateDbContext();
        return await db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
    }

    public async Task<int> StaffIdAsync(string userName)
    {
        await using var db = Database.Factory.CreateDbContext();
        return await db.Staff.Where(s => s.UserName == userName).Select(s => s.Id).SingleAsync();
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();

    private async Task SeedOrganisationAsync()
    {
        var reorganised = new DateOnly(2025, 7, 1);
        await using var db = Database.Factory.CreateDbContext();
        var central = Unit("CQL", "Cục Quản lý thi hành án dân sự", UnitKind.CentralDepartment);
        var danang = Unit("DN", "Thi hành án dân sự thành phố Đà Nẵng", UnitKind.ProvincialAgency);
        var hanoi = Unit("HN", "Thi hành án dân sự thành phố Hà Nội", UnitKind.ProvincialAgency);
        var defence = Unit("BQP", "Cục Thi hành án - Bộ Quốc phòng", UnitKind.MilitaryDepartment);
        db.Units.AddRange(central, danang, hanoi, defence);
        await db.SaveChangesAsync();
        db.Units.AddRange(
            Unit("DN-KV1", "Phòng Thi hành án dân sự khu vực 1 - Đà Nẵng", UnitKind.RegionalOffice, danang, from: reorganised, decides: false),
            Unit("DN-KV2", "Phòng Thi hành án dân sự khu vực 2 - Đà Nẵng", UnitKind.RegionalOffice, danang, from: reorganised, decides: false),
            Unit("DN-HC", "Chi cục Thi hành án dân sự quận Hải Châu", UnitKind.DistrictOffice, danang, until: reorganised.AddDays(-1)),
            Unit("DN-ST", "Chi cục Thi hành án dân sự quận Sơn Trà", UnitKind.DistrictOffice, danang, until: reorganised.AddDays(-1)),
            Unit("QK5", "Phòng Thi hành án Quân khu 5", UnitKind.MilitaryRegionAgency, defence));
        await db.SaveChangesAsync();

        var units = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id);
        db.Staff.AddRange(
            Staff("truong.dn", "Lê Văn Trưởng", units["DN"], StaffRoles.Head),
            Staff("pho.dn", "Phạm Thị Phó", units["DN"], StaffRoles.Deputy),
            Staff(Clerk, "Võ Thị Thụ Lý", units["DN"], StaffRoles.IntakeOfficer),
            Staff("chv.an", "Nguyễn Văn An", units["DN-KV1"], StaffRoles.Executor),
            Staff("chv.binh", "Trần Thị Bình", units["DN-KV1"], StaffRoles.Executor),
            Staff("chv.cuong", "Hoàng Văn Cường", units["DN-KV1"], StaffRoles.Executor, active: false),
            Staff("chv.dung", "Đặng Văn Dũng", units["DN"], StaffRoles.Executor),
            Staff("truong.kv2", "Mai Văn Khu Vực", units["DN-KV2"], StaffRoles.Head),
            Staff("chv.hc", "Lý Thị Hải Châu", units["DN-HC"], StaffRoles.Executor),
            Staff("truong.hn", "Bùi Văn Hà Nội", units["HN"], StaffRoles.Head),
            Staff("chv.hn", "Đỗ Thị Hà", units["HN"], StaffRoles.Executor),
            Staff("truong.qk5", "Thượng tá Ngô Văn Quân", units["QK5"], StaffRoles.Head),
            Staff("chv.qk5", "Thiếu tá Vũ Văn Năm", units["QK5"], StaffRoles.Executor));
        await db.SaveChangesAsync();
    }

    private static Unit Unit(
        string code, string name, UnitKind kind, Unit? parent = null, DateOnly? from = null, DateOnly? until = null, bool decides = true) =>
        new()
        {
            Code = code,
            Name = name,
            Kind = kind,
            ParentId = parent?.Id,
            ValidFrom = from,
            ValidTo = until,
            IssuesDecisions = decides,
            HoldsMoney = decides,
        };

    private static StaffMember Staff(string userName, string fullName, int unitId, StaffRoles roles, bool active = true) =>
        new() { UserName = userName, FullName = fullName, UnitId = unitId, Roles = roles, Active = active, Email = $"{userName}@thads.test" };
}
