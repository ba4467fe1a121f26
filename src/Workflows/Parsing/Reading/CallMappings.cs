using Thads.Workflows.Model;

namespace Thads.Workflows.Parsing.Reading;

/// <summary>The <c>camunda:in</c> and <c>camunda:out</c> mappings of a call activity.</summary>
internal sealed record CallMappings(
    IReadOnlyList<VariableMapping> In,
    IReadOnlyList<VariableMapping> Out,
    bool PassAllIn,
    bool PassAllOut);
