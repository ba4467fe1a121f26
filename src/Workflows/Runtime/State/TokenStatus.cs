namespace Thads.Workflows.Runtime;

/// <summary>
/// Where a token stands. Between stimuli a token is never <see cref="Ready"/>: a stimulus runs until
/// every token it touched waits, sits in an incident, or has left.
/// </summary>
public enum TokenStatus
{
    Ready,
    Waiting,
    Incident,
}
