namespace Thads.Enforcement.Cases;

/// <summary>Metadata of a file already stored under <paramref name="StorageKey"/>.</summary>
public sealed record AttachmentInput(string FileName, string ContentType, long SizeBytes, string StorageKey);
