using System.Text.Json.Nodes;

namespace Thads.Host.Designer;

/// <summary>What the editor autosaves: the diagram, the version it started from, and the forms changed with it.</summary>
public sealed record DraftRequest(string? Xml, int BaseVersion, IReadOnlyDictionary<string, JsonObject>? Forms = null);
