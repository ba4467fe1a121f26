namespace Thads.Host.Dashboard;

/// <summary>A workflow task in a dashboard list; <see cref="CaseId"/> is null for tasks not about one case (a handover).</summary>
public sealed record DashboardTaskRow(
    Guid Id,
    string Name,
    string ElementId,
    string? CaseNumber,
    int? CaseId,
    string? UnitCode,
    string? Assignee,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt,
    bool Overdue);
