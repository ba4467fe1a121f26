namespace Thads.Host.Cases.Api;

/// <param name="Download">Where to download the file (the API address).</param>
public sealed record AttachmentView(int Id, string FileName, string ContentType, long SizeBytes, DateTimeOffset UploadedAt, string UploadedBy, string Download);
