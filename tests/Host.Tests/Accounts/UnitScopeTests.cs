using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Data;
using Thads.Enforcement.Demo;
using Thads.Enforcement.Organisation;
using Thads.Host.Accounts;

namespace Thads.Host.Tests.Accounts;

/// <summary>Unit and case scope on the demo organisation: DN with its offices DN-KV1 and DN-KV2, QK5 and QNG beside it.</summary>
public sealed class UnitScopeTests(AccountsHost host) : IClassFixture<AccountsHost>
{
    [Theory]
    [InlineData(DemoOrganisation.Province, new[] { DemoOrganisation.Province, DemoOrganisation.RegionalOffice1, DemoOrganisation.RegionalOffice2 })]
    [InlineData(DemoOrganisation.RegionalOffice1, new[] { DemoOrganisation.RegionalOffice1 })]
    [InlineData(DemoOrganisation.OtherProvince, new[] { DemoOrganisation.OtherProvince })]
    [InlineData(DemoOrganisation.MilitaryRegion, new[] { DemoOrganisation.MilitaryRegion })]
    public async Task A_user_sees_exactly_their_units_subtree(string userUnit, string[] expected)
    {
        var units = await UnitsAsync();
        var scope = Scope();
        var user = Principal(1, units[userUnit], StaffRoles.Head);

        foreach (var (code, id) in units)
        {
            Assert.Equal(expected.Contains(code), await scope.MayAccessUnitAsync(user, id));
        }
    }

    [Fact]
    public async Task An_executor_only_user_sees_only_cases_assigned_to_them()
    {
        var units = await UnitsAsync();
        var scope = Scope();
        var an = Principal(staffId: 3, units[DemoOrganisation.Province], StaffRoles.Executor);

        Assert.True(await scope.MaySeeCaseAsync(an, Case(units[DemoOrganisation.Province], executorId: 3)));
        Assert.True(await scope.MaySeeCaseAsync(an, Case(units[DemoOrganisation.RegionalOffice1], executorId: 3)));
        Assert.False(await scope.MaySeeCaseAsync(an, Case(units[DemoOrganisation.Province], executorId: 4)));
        Assert.False(await scope.MaySeeCaseAsync(an, Case(units[DemoOrganisation.Province], executorId: null)));
        // Assigned, but in another province's case list: the unit rule still applies.
        Assert.False(await scope.MaySeeCaseAsync(an, Case(units[DemoOrganisation.OtherProvince], executorId: 3)));
    }

    [Fact]
    public async Task Other_roles_see_every_case_of_their_subtree_and_cases_delegated_to_it()
    {
        var units = await UnitsAsync();
        var scope = Scope();
        var intake = Principal(5, units[DemoOrganisation.Province], StaffRoles.IntakeOfficer);
        var executorAndLeader = Principal(6, units[DemoOrganisation.Province], StaffRoles.Executor | StaffRoles.Deputy);
        var office = Principal(7, units[DemoOrganisation.RegionalOffice2], StaffRoles.Head);

        Assert.True(await scope.MaySeeCaseAsync(intake, Case(units[DemoOrganisation.RegionalOffice2], executorId: 4)));
        Assert.True(await scope.MaySeeCaseAsync(executorAndLeader, Case(units[DemoOrganisation.Province], executorId: 4)));
        Assert.False(await scope.MaySeeCaseAsync(intake, Case(units[DemoOrganisation.OtherProvince], executorId: null)));
        Assert.True(await scope.MaySeeCaseAsync(intake,
            Case(units[DemoOrganisation.OtherProvince], executorId: null, delegatedTo: units[DemoOrganisation.Province])));
        Assert.False(await scope.MaySeeCaseAsync(office, Case(units[DemoOrganisation.Province], executorId: null)));
        Assert.False(await scope.MaySeeCaseAsync(office, Case(units[DemoOrganisation.RegionalOffice1], executorId: null)));
    }

    [Fact]
    public async Task Anonymous_or_unlinked_principals_see_nothing()
    {
        var units = await UnitsAsync();
        var scope = Scope();
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());
        var unlinked = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "x")], "test"));

        Assert.Empty(await scope.VisibleUnitIdsAsync(anonymous));
        Assert.False(await scope.MayAccessUnitAsync(unlinked, units[DemoOrganisation.Province]));
        Assert.False(await scope.MaySeeCaseAsync(unlinked, Case(units[DemoOrganisation.Province], executorId: null)));
    }

    private UnitScope Scope() => host.Factory.Services.CreateScope().ServiceProvider.GetRequiredService<UnitScope>();

    private async Task<Dictionary<string, int>> UnitsAsync()
    {
        var contexts = host.Factory.Services.GetRequiredService<IDbContextFactory<ThadsDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id);
    }

    private static EnforcementCase Case(int unitId, int? executorId, int? delegatedTo = null) =>
        new() { UnitId = unitId, ExecutorId = executorId, DelegatedToUnitId = delegatedTo };

    private static ClaimsPrincipal Principal(int staffId, int unitId, StaffRoles roles)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, "test.user"),
            new(ThadsClaimTypes.StaffId, staffId.ToString(CultureInfo.InvariantCulture)),
            new(ThadsClaimTypes.UnitId, unitId.ToString(CultureInfo.InvariantCulture)),
        };
        claims.AddRange(StaffRoleNames.Split(roles).Select(r => new Claim(ClaimTypes.Role, StaffRoleNames.ClaimValue(r))));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }
}
