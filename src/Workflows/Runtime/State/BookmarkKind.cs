namespace Thads.Workflows.Runtime;

/// <summary>What a waiting token is waiting for, apart from user tasks.</summary>
public enum BookmarkKind
{
    Timer,
    Message,
    CalledProcess,
}
