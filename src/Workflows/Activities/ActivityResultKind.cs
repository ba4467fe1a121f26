namespace Thads.Workflows.Activities;

public enum ActivityResultKind
{
    /// <summary>Done: outputs are copied and the token moves on.</summary>
    Completed,

    /// <summary>A BPMN error is thrown; an error boundary event or event subprocess may catch it.</summary>
    BpmnError,

    /// <summary>A technical failure: an incident is recorded and the token stays until the incident is retried.</summary>
    Faulted,

    /// <summary>A person must act first: the engine creates <see cref="ActivityResult.Task"/> and resumes the activity when it is completed.</summary>
    WaitingForTask,
}
