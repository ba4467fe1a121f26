using Thads.Enforcement.Organisation;
using Thads.Host.Admin.Units;

namespace Thads.Host.Pages.Admin.Users;

/// <summary>What the shared person fields (<c>_UserFields</c>) show: the values, the units to choose from, and the page for its errors.</summary>
public sealed record UserFieldsModel(
    AdminPageModel Page, string? FullName, string? Position, string? Email, int? UnitId, StaffRoles Roles, IReadOnlyList<UnitView> Tree);
