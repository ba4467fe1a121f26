namespace Thads.Host.Designer;

/// <summary>A process key with its versions, newest first.</summary>
public sealed record WorkflowSummary(string Key, string? Name, int LatestVersion, int RunningInstances, IReadOnlyList<WorkflowVersionSummary> Versions);
