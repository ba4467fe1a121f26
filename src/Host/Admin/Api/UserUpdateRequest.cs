namespace Thads.Host.Admin.Api;

/// <summary>New values for a person; the user name does not change. <c>active</c> false ends their access.</summary>
public sealed record UserUpdateRequest(string? FullName, string? Position, string? Email, int? UnitId, IReadOnlyList<string>? Roles, bool? Active);
