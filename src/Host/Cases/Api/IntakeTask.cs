namespace Thads.Host.Cases.Api;

public sealed record IntakeTask(Guid Id, string? Name, string Page);
