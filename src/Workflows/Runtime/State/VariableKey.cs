namespace Thads.Workflows.Runtime.State;

/// <summary>A variable's identity: its scope (<see cref="Guid.Empty"/> for the process) and name.</summary>
internal readonly record struct VariableKey(Guid ScopeId, string Name);
