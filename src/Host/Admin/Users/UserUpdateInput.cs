using Thads.Enforcement.Organisation;

namespace Thads.Host.Admin.Users;

/// <summary>What an administrator may change about a person; the user name never changes.</summary>
public sealed record UserUpdateInput(string FullName, string? Position, string? Email, int UnitId, StaffRoles Roles, bool Active);
