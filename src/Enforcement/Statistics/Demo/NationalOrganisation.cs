using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Data;
using Thads.Enforcement.Organisation;

namespace Thads.Enforcement.Statistics.Demo;

/// <summary>
/// A synthetic national organisation before the 2025 reorganisation: the General Department (code TCTHADS), one Cục
/// per province (C01…C63) with its district offices (C01-01…) and executors in every office (chv.c01.01.1…), plus a
/// head (truong.tc, truong.c01…) and a statistician (thongke.tc, thongke.c01…) for the General Department and each
/// Cục. Creating it twice adds nothing.
/// </summary>
public sealed record NationalOrganisation(int Provinces, int DistrictsPerProvince, int ExecutorsPerOffice)
{
    public const string RootCode = "TCTHADS";

    public static NationalOrganisation Full => new(63, 11, 4);

    public static string ProvinceCode(int province) => "C" + province.ToString("00", CultureInfo.InvariantCulture);

    public static string DistrictCode(int province, int district) => ProvinceCode(province) + "-" + district.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>District 0 is the provincial office itself.</summary>
    public static string ExecutorName(int province, int district, int executor) =>
        $"chv.{ProvinceCode(province).ToLowerInvariant()}.{district:00}.{executor}";

    /// <summary>Creates the missing units and executors.</summary>
    public async Task EnsureAsync(IDbContextFactory<ThadsDbContext> contexts, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var units = await db.Units.ToDictionaryAsync(u => u.Code, cancellationToken);
        var staff = (await db.Staff.Select(s => s.UserName).ToListAsync(cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Unit Ensure(string code, string name, UnitKind kind, Unit? parent)
        {
            if (!units.TryGetValue(code, out var unit))
            {
                unit = new Unit { Code = code, Name = name, Kind = kind, ParentId = parent?.Id, ValidTo = new DateOnly(2025, 6, 30) };
                db.Units.Add(unit);
                units[code] = unit;
            }

            return unit;
        }

        var root = Ensure(RootCode, "Tổng cục Thi hành án dân sự", UnitKind.CentralDepartment, null);
        await db.SaveChangesAsync(cancellationToken);
        var offices = new List<(Unit Unit, int Province, int District)>();
        for (var p = 1; p <= Provinces; p++)
        {
            var name = Demo.Provinces.Names[(p - 1) % Demo.Provinces.Names.Count];
            offices.Add((Ensure(ProvinceCode(p), $"Cục Thi hành án dân sự {name}", UnitKind.ProvincialAgency, root), p, 0));
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var (province, p, _) in offices.ToList())
        {
            for (var d = 1; d <= DistrictsPerProvince; d++)
            {
                offices.Add((Ensure(DistrictCode(p, d), $"Chi cục Thi hành án dân sự huyện {d} – {province.Name["Cục Thi hành án dân sự ".Length..]}", UnitKind.DistrictOffice, province), p, d));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var (unit, p, d) in offices)
        {
            for (var e = 1; e <= ExecutorsPerOffice; e++)
            {
                var userName = ExecutorName(p, d, e);
                if (staff.Add(userName))
                {
                    db.Staff.Add(new StaffMember
                    {
                        UserName = userName,
                        FullName = $"Chấp hành viên {e} – {unit.Code}",
                        UnitId = unit.Id,
                        Roles = StaffRoles.Executor,
                        Email = $"{userName}@thads.example.vn",
                    });
                }
            }
        }

        void Person(string userName, string fullName, Unit unit, StaffRoles roles)
        {
            if (staff.Add(userName))
            {
                db.Staff.Add(new StaffMember { UserName = userName, FullName = fullName, UnitId = unit.Id, Roles = roles, Email = $"{userName}@thads.example.vn" });
            }
        }

        Person("truong.tc", "Tổng cục trưởng", root, StaffRoles.Head);
        Person("thongke.tc", "Công chức thống kê Tổng cục", root, StaffRoles.Statistician);
        foreach (var (unit, p, _) in offices.Where(o => o.District == 0))
        {
            var code = ProvinceCode(p).ToLowerInvariant();
            Person($"truong.{code}", $"Cục trưởng {unit.Code}", unit, StaffRoles.Head);
            Person($"thongke.{code}", $"Công chức thống kê {unit.Code}", unit, StaffRoles.Statistician);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Every office that holds cases, with its executors' user names.</summary>
    public IEnumerable<(string UnitCode, string[] Executors)> Offices()
    {
        for (var p = 1; p <= Provinces; p++)
        {
            for (var d = 0; d <= DistrictsPerProvince; d++)
            {
                var code = d == 0 ? ProvinceCode(p) : DistrictCode(p, d);
                var province = p;
                var district = d;
                yield return (code, Enumerable.Range(1, ExecutorsPerOffice).Select(e => ExecutorName(province, district, e)).ToArray());
            }
        }
    }
}
