namespace Thads.Workflows.Runtime;

/// <summary>Points at a waiting bookmark of an instance (a timer due, a message awaited).</summary>
public readonly record struct BookmarkRef(Guid InstanceId, Guid BookmarkId);
