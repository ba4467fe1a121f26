namespace Thads.Host.Admin.Api;

/// <summary>A new user: the person (created, or linked when a person of that user name has no login yet) and their roles.</summary>
/// <param name="Roles">Role names: Head, Deputy, Executor, IntakeOfficer, Statistician, Accountant, Administrator.</param>
public sealed record UserCreateRequest(string? UserName, string? FullName, string? Position, string? Email, int? UnitId, IReadOnlyList<string>? Roles);
