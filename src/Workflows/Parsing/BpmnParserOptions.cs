namespace Thads.Workflows.Parsing;

/// <summary>Limits that keep a hostile or broken BPMN file from exhausting memory or stack.</summary>
public sealed class BpmnParserOptions
{
    /// <summary>Documents larger than this (in bytes; UTF-8 bytes for strings) are refused unread.</summary>
    public long MaxDocumentBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>The largest <see cref="MaxNestingDepth"/> accepted; loading cost grows with the square of the depth.</summary>
    public const int NestingDepthCeiling = 1000;

    /// <summary>
    /// How deep embedded subprocesses may nest; a process's direct subprocess is depth 1. XML elements in
    /// general may nest this plus 64 levels, which leaves room for everything BPMN puts inside a subprocess.
    /// </summary>
    public int MaxNestingDepth { get; init; } = 32;
}
