using Thads.Workflows.Model;
using Thads.Workflows.Parsing.Linking;
using Thads.Workflows.Parsing.Reading;

namespace Thads.Workflows.Parsing.Validation;

/// <summary>
/// Conditions that can never mean what the drawing suggests: on flows out of a parallel gateway (every flow
/// is taken regardless) and on a default flow (taken exactly when no condition holds).
/// </summary>
internal static class FlowConditionCheck
{
    public static void Run(ScopeDraft scope, ScopeLinks links, ProblemCollector problems)
    {
        foreach (var (flow, element) in links.FlowElements)
        {
            if (flow.Condition is null)
            {
                continue;
            }

            if (flow.Source.Kind == FlowNodeKind.ParallelGateway)
            {
                problems.Report(
                    element,
                    BpmnProblemCodes.ConditionOnParallelFlow,
                    $"flows leaving the parallel gateway '{flow.Source.Id}' are all taken, so they cannot have conditions");
            }

            if (IsDefaultOf(flow.Source, flow))
            {
                problems.Report(
                    element,
                    BpmnProblemCodes.ConditionalDefaultFlow,
                    $"the default flow of '{flow.Source.Id}' is taken when no condition holds, so it cannot have a condition");
            }
        }
    }

    private static bool IsDefaultOf(FlowNode node, SequenceFlow flow) => node switch
    {
        GatewayNode gateway => gateway.DefaultFlow == flow,
        ActivityNode activity => activity.DefaultFlow == flow,
        _ => false,
    };
}
