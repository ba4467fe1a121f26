namespace Thads.Host.Attachments;

/// <summary>A kind of file cases may hold: its code in configuration, the type it is served as, the names it may have.</summary>
public sealed record AttachmentFileType(string Code, string ContentType, IReadOnlyList<string> Extensions, string Description);
