namespace Thads.Host.Dashboard;

/// <summary>Open approvals of one kind: the process step (<see cref="ElementId"/>, e.g. <c>approveDecision</c>) and the task's name.</summary>
public sealed record ApprovalKindCount(string ElementId, string Name, int Count);
