using Thads.Enforcement.Organisation;

namespace Thads.Host.Admin.Users;

/// <summary>A new login and the staff member behind it (an existing person without a login is linked instead of created).</summary>
public sealed record NewUserInput(string UserName, string FullName, string? Position, string? Email, int UnitId, StaffRoles Roles);
