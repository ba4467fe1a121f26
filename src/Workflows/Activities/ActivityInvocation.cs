using System.Text.Json.Nodes;

namespace Thads.Workflows.Activities;

/// <summary>
/// What one execution produced. <see cref="Outputs"/> holds every <see cref="ActivityOutputAttribute"/> property by its
/// BPMN name when the result is <see cref="ActivityResultKind.Completed"/>, and is empty otherwise.
/// </summary>
internal readonly record struct ActivityInvocation(ActivityResult Result, IReadOnlyDictionary<string, JsonNode?> Outputs);
