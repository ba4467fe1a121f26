using Thads.Workflows.Parsing;

namespace Thads.Workflows.Runtime;

/// <summary>
/// The outcome of a deployment: on success one entry per executable process (a new version, or the
/// existing one when the XML is unchanged); otherwise the problems, and nothing was stored.
/// </summary>
public sealed record DeploymentResult(IReadOnlyList<DeployedDefinition> Definitions, IReadOnlyList<BpmnProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
