namespace Thads.Workflows.Runtime.Execution;

/// <summary>What retrying an incident re-runs: the node's behaviour, or only the choice of outgoing flows.</summary>
internal enum IncidentRetry
{
    Execute,
    Leave,
}
