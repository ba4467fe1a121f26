namespace Thads.Workflows.Runtime;

/// <summary>Where one token stands, for the instance view (current elements highlighted).</summary>
public sealed record TokenPosition(Guid Id, string ElementId, TokenStatus Status, Guid? ParentId);
