using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Thads.Enforcement.Demo;
using Thads.Enforcement.Organisation;
using Thads.Host.Accounts;

namespace Thads.Host.Tests.Accounts;

/// <summary>The principal built at sign-in carries the person's roles and unit, and the role policies read them.</summary>
public sealed class ClaimsTests(AccountsHost host) : IClassFixture<AccountsHost>
{
    [Theory]
    [InlineData(DemoOrganisation.Head, StaffRoles.Head, DemoOrganisation.Province)]
    [InlineData(DemoOrganisation.ExecutorBinh, StaffRoles.Executor, DemoOrganisation.Province)]
    [InlineData(DemoOrganisation.MilitaryHead, StaffRoles.Head, DemoOrganisation.MilitaryRegion)]
    public async Task Sign_in_principal_has_the_roles_and_unit_of_the_person(string userName, StaffRoles roles, string unitCode)
    {
        var user = ThadsUser.From(await PrincipalAsync(userName));

        Assert.NotNull(user);
        Assert.Equal(userName, user.UserName);
        Assert.Equal(roles, user.Roles);
        Assert.Equal(unitCode, user.UnitCode);
        Assert.True(user.UnitId > 0);
    }

    [Theory]
    [InlineData(DemoOrganisation.Head, ThadsPolicies.Leader, true)]
    [InlineData(DemoOrganisation.Deputy, ThadsPolicies.Leader, true)]
    [InlineData(DemoOrganisation.ExecutorAn, ThadsPolicies.Leader, false)]
    [InlineData(DemoOrganisation.ExecutorAn, ThadsPolicies.Executor, true)]
    [InlineData(DemoOrganisation.Intake, ThadsPolicies.Intake, true)]
    [InlineData(DemoOrganisation.Statistician, ThadsPolicies.Statistician, true)]
    [InlineData(DemoOrganisation.Accountant, ThadsPolicies.Accountant, true)]
    [InlineData(DemoOrganisation.Administrator, ThadsPolicies.Administrator, true)]
    [InlineData(DemoOrganisation.Head, ThadsPolicies.Administrator, false)]
    public async Task Role_policies_follow_the_staff_roles(string userName, string policy, bool allowed)
    {
        var principal = await PrincipalAsync(userName);
        var authorization = host.Factory.Services.GetRequiredService<IAuthorizationService>();

        var result = await authorization.AuthorizeAsync(principal, policy);

        Assert.Equal(allowed, result.Succeeded);
    }

    [Fact]
    public async Task A_new_demo_account_carries_the_must_change_password_claim()
    {
        var principal = await PrincipalAsync(DemoOrganisation.OtherHead);
        Assert.True(principal.HasClaim(ThadsClaimTypes.MustChangePassword, "true"));
    }

    private async Task<System.Security.Claims.ClaimsPrincipal> PrincipalAsync(string userName)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var account = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No account {userName}");
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<Account>>().CreateAsync(account);
    }
}
