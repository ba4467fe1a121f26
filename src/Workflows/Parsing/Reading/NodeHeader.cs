using Thads.Workflows.Model;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>The constructor arguments every flow node shares.</summary>
internal sealed record NodeHeader(string Id, string? Name, SourceLocation Location);
