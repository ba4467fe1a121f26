using Thads.Enforcement.Legal.Status;

namespace Thads.Host.Dashboard;

/// <summary>
/// A case in a dashboard list. <see cref="Date"/> is what the list is about: the verification or re-verification
/// deadline, the end of the voluntary period, the day exemption became possible, the alert's day, or the status date.
/// <see cref="DaysLate"/> is positive when that date has passed.
/// </summary>
public sealed record DashboardCaseRow(
    int Id,
    string CaseNumber,
    string UnitCode,
    EnforcementStatus? Status,
    string? Executor,
    string? Debtor,
    long Remaining,
    DateOnly? Date,
    int DaysLate,
    string? Note);
