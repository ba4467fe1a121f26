using Thads.Enforcement.Legal.Status;

namespace Thads.Host.Cases;

/// <summary>What the case list is narrowed to; every part is optional.</summary>
/// <param name="UnitId">One unit of the user's scope (its own cases and those delegated to it).</param>
/// <param name="Status">A status; see <see cref="NewOnly"/> for cases that have none yet.</param>
/// <param name="NewOnly">Only cases without an enforcement decision ("Hồ sơ mới").</param>
/// <param name="Search">The beginning of a case number or of a party's name, or a party's ID number.</param>
public sealed record CaseListFilter(int? UnitId, EnforcementStatus? Status, bool NewOnly, string? Search, int Page, int PageSize);
