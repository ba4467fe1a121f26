namespace Thads.Workflows.Runtime.Execution;

internal enum WorkKind
{
    /// <summary>Run the behaviour of the node the token stands on.</summary>
    Execute,

    /// <summary>A called process ended: continue its caller's call activity.</summary>
    ResumeCaller,

    /// <summary>A called process threw an error it did not catch: throw it at the caller's call activity.</summary>
    ThrowInCaller,

    /// <summary>The caller's call activity was cancelled: terminate the called process.</summary>
    TerminateCalled,
}
