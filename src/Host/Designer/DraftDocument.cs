using System.Text.Json.Nodes;

namespace Thads.Host.Designer;

/// <summary>An administrator's autosaved, unpublished work on one process.</summary>
public sealed record DraftDocument(string Key, string Xml, int BaseVersion, IReadOnlyDictionary<string, JsonObject> Forms, DateTimeOffset SavedAt);
