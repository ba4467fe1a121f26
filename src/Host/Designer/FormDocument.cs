namespace Thads.Host.Designer;

/// <summary>A form-js form as the form editor loads it: the latest published version, or the standard form (version 0).</summary>
public sealed record FormDocument(string Key, int Version, string Json, DateTimeOffset? PublishedAt, string? PublishedBy);
