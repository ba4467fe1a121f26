using System.Text.Json.Nodes;

namespace Thads.Host.Designer;

/// <summary>
/// A diagram to check or publish. <see cref="BaseVersion"/> is the version the editor opened (publishing refuses when
/// someone published a newer one since); <see cref="Forms"/> holds the forms edited with it, by form key.
/// </summary>
public sealed record PublishRequest(string? Xml, string? Comment = null, int? BaseVersion = null, IReadOnlyDictionary<string, JsonObject>? Forms = null);
