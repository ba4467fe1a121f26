namespace Thads.Host.Designer;

/// <summary>
/// A successful publication: the version cases will start on from now (<see cref="IsNew"/> false when the diagram
/// equals the latest version), and the forms published with it.
/// </summary>
public sealed record PublishResult(string Key, Guid DefinitionId, int Version, bool IsNew, IReadOnlyList<string> Forms);
