namespace Thads.Host.Cases.Api;

/// <summary>The answer of a successful intake: the new case, its process instance and the tasks it opened.</summary>
public sealed record IntakeResponse(int Id, string CaseNumber, Guid InstanceId, IReadOnlyList<IntakeTask> OpenTasks);
