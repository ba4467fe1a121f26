namespace Thads.Workflows.Diagnostics;

/// <summary>How a traced run ended; the values are the CLI's exit codes.</summary>
public enum TraceRunOutcome
{
    Ended = 0,
    Incident = 1,
    InvalidModel = 2,
    Waiting = 3,
}
