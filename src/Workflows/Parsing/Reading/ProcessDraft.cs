using Thads.Workflows.Model;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>A process and all its scopes (the process first, then its subprocesses at any depth).</summary>
internal sealed record ProcessDraft(ProcessModel Model, IReadOnlyList<ScopeDraft> Scopes);
