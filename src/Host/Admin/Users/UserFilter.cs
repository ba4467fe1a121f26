using Thads.Enforcement.Organisation;

namespace Thads.Host.Admin.Users;

/// <summary>Which people the user list shows: a unit of the subtree (null: all), a role, locked or not, a name or user name.</summary>
public sealed record UserFilter(int? UnitId = null, StaffRoles? Role = null, bool? Locked = null, string? Search = null, int Page = 1, int PageSize = 50);
