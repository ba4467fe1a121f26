namespace Thads.Workflows.Runtime;

/// <summary>One deployed version of one process (the key is the BPMN process id).</summary>
public sealed record DefinitionRecord(
    Guid Id,
    string Key,
    int Version,
    string? Name,
    string FileName,
    string Xml,
    string ContentHash,
    DateTimeOffset DeployedAt,
    string? DeployedBy);
