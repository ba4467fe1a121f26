namespace Thads.Workflows.Runtime;

/// <summary>
/// Points at a waiting bookmark of an instance (a timer due, a message awaited), or, with an empty
/// <see cref="InstanceId"/>, at a timer start event that will start a new instance.
/// </summary>
public readonly record struct BookmarkRef(Guid InstanceId, Guid BookmarkId)
{
    public bool IsStartTimer => InstanceId == Guid.Empty;
}
