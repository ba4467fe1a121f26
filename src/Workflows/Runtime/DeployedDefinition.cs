namespace Thads.Workflows.Runtime;

/// <summary>One process of a deployment: its definition id, key and version, and whether this call created it.</summary>
public sealed record DeployedDefinition(Guid Id, string Key, int Version, bool IsNew);
