namespace Thads.Host.Attachments;

/// <summary>Settings of case attachments (section <c>Attachments</c>).</summary>
public sealed class AttachmentOptions
{
    public const string SectionName = "Attachments";

    public const long DefaultMaxBytes = 20 * 1024 * 1024;

    public static readonly IReadOnlyList<string> DefaultAllowedTypes = ["pdf", "jpg", "png", "docx", "xlsx"];

    /// <summary>
    /// Where files are kept. Unset: <c>files</c> next to the SQLite database (so <c>data/files</c> by default), or
    /// <c>data/files</c> under the current directory for other databases. A relative path is taken from the current directory.
    /// </summary>
    public string? Directory { get; set; }

    /// <summary>The largest file accepted, in bytes.</summary>
    public long MaxBytes { get; set; } = DefaultMaxBytes;

    /// <summary>Which kinds of file are accepted, by code (<see cref="AttachmentFileTypes"/>); unset: all of pdf, jpg, png, docx, xlsx.</summary>
    public string[]? AllowedTypes { get; set; }

    /// <summary>
    /// A virus scanner to run on every upload before it is kept, e.g. <c>clamdscan</c>; unset: no scan. Run without a
    /// shell; exit code 0 means clean, 1 infected, anything else (or a timeout) refuses the file as unscanned.
    /// </summary>
    public string? ScanCommand { get; set; }

    /// <summary>Arguments of <see cref="ScanCommand"/>; <c>{file}</c> is replaced by the file's path (appended when absent).</summary>
    public string[]? ScanArguments { get; set; }

    public int ScanTimeoutSeconds { get; set; } = 60;

    public IReadOnlyList<string> EffectiveAllowedTypes =>
        AllowedTypes is { Length: > 0 } types ? types.Select(t => t.Trim().ToLowerInvariant()).ToList() : DefaultAllowedTypes;
}
