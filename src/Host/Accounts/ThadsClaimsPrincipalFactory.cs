using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Thads.Enforcement.Data;

namespace Thads.Host.Accounts;

/// <summary>
/// Adds the person's roles and unit from the domain (<c>StaffMember</c>) to the cookie at sign-in, so that
/// authorization needs no database lookup per request. An account whose person is missing or inactive gets
/// no role and no unit claim, so every policy and <see cref="UnitScope"/> check refuses it.
/// </summary>
internal sealed class ThadsClaimsPrincipalFactory(
    UserManager<Account> users,
    IOptions<IdentityOptions> options,
    IDbContextFactory<ThadsDbContext> contexts) : UserClaimsPrincipalFactory<Account>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Account user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(ThadsClaimTypes.MustChangePassword, "true"));
        }

        await using var db = await contexts.CreateDbContextAsync();
        var staff = await db.Staff.AsNoTracking().Include(s => s.Unit)
            .FirstOrDefaultAsync(s => s.UserName == user.StaffUserName && s.Active);
        if (staff?.Unit is not { } unit)
        {
            return identity;
        }

        identity.AddClaim(new Claim(ThadsClaimTypes.StaffId, staff.Id.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(ThadsClaimTypes.FullName, staff.FullName));
        identity.AddClaim(new Claim(ThadsClaimTypes.UnitId, unit.Id.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(ThadsClaimTypes.UnitCode, unit.Code));
        identity.AddClaim(new Claim(ThadsClaimTypes.UnitName, unit.Name));
        foreach (var role in StaffRoleNames.Split(staff.Roles))
        {
            identity.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, StaffRoleNames.ClaimValue(role)));
        }

        return identity;
    }
}
