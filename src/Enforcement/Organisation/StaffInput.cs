namespace Thads.Enforcement.Organisation;

/// <summary>What an administrator writes for a staff member; see <see cref="StaffMember"/>.</summary>
public sealed record StaffInput(
    string UserName,
    string FullName,
    string? Position,
    string? Email,
    int UnitId,
    StaffRoles Roles,
    bool Active = true);
