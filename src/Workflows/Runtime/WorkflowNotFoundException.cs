namespace Thads.Workflows.Runtime;

/// <summary>The definition, instance, task or incident named does not exist.</summary>
public sealed class WorkflowNotFoundException(string message) : Exception(message);
