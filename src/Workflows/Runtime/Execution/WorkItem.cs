namespace Thads.Workflows.Runtime.Execution;

/// <summary>One step on a stimulus's agenda. Steps that reach another instance are queued so they can load it.</summary>
internal readonly record struct WorkItem(WorkKind Kind, Guid InstanceId, Guid TokenId, string? ErrorCode = null, string? Message = null);
