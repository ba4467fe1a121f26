namespace Thads.Host.Designer;

/// <summary>One deployed version of a process in the designer's lists.</summary>
public sealed record WorkflowVersionSummary(
    Guid Id,
    int Version,
    string? Name,
    string FileName,
    DateTimeOffset DeployedAt,
    string? DeployedBy,
    string? Comment,
    int RunningInstances);
