namespace Thads.Host.Cases.Api;

/// <param name="Name">The step's name ("Thụ lý, vào sổ hồ sơ").</param>
/// <param name="Page">The task's page (<c>/Tasks/{id}</c>).</param>
public sealed record CaseTaskView(Guid Id, string? Name, string? Assignee, string? CandidateRole, string? CandidateUnit, DateTimeOffset? DueAt, bool Overdue, string Page);
