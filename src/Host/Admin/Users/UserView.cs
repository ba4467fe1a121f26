using System.Text.Json.Serialization;
using Thads.Enforcement.Organisation;
using Thads.Host.Accounts;

namespace Thads.Host.Admin.Users;

/// <summary>
/// A staff member and their login as the administration shows them. Deliberately without the password hash, the
/// security stamp or the authenticator key.
/// </summary>
/// <param name="HasAccount">False for a person recorded without a login yet.</param>
/// <param name="LockedUntil">Set while the account is locked; <see cref="AdministratorLock.Until"/> when an administrator locked it.</param>
public sealed record UserView(
    int StaffId,
    string UserName,
    string FullName,
    string? Position,
    string? Email,
    int UnitId,
    string UnitCode,
    string UnitName,
    [property: JsonIgnore] StaffRoles Roles,
    bool Active,
    bool HasAccount,
    DateTimeOffset? LockedUntil,
    bool MustChangePassword,
    bool TwoFactorEnabled,
    int FailedLogins)
{
    /// <summary>The role names (<c>Head</c>, <c>Executor</c>, …), as the API writes them.</summary>
    [JsonPropertyName("roles")]
    public IReadOnlyList<string> RoleNames => StaffRoleNames.Split(Roles).Select(StaffRoleNames.ClaimValue).ToList();

    public bool Locked => LockedUntil is not null;

    public bool LockedByAdministrator => AdministratorLock.Is(LockedUntil);
}
