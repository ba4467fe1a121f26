using Thads.Enforcement.Organisation;
using Thads.Host.Accounts;
using Thads.Host.Admin;

namespace Thads.Host.Pages.Admin.Users;

/// <summary>Reads the roles ticked on a user form (their enum names) into <see cref="StaffRoles"/>.</summary>
public static class UserForm
{
    /// <exception cref="AdminValidationException">A name that is no role (a tampered form).</exception>
    public static StaffRoles Roles(IEnumerable<string>? names)
    {
        var roles = StaffRoles.None;
        foreach (var name in names ?? [])
        {
            var role = StaffRoleNames.Singles.FirstOrDefault(r => StaffRoleNames.ClaimValue(r) == name);
            if (role == StaffRoles.None)
            {
                throw new AdminValidationException("Roles", $"Vai trò (Roles): '{name}' không có.");
            }

            roles |= role;
        }

        return roles;
    }
}
