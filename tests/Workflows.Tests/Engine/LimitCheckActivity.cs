using Thads.Workflows.Activities;

namespace Thads.Workflows.Tests.Engine;

/// <summary>A small custom activity: completes with an output under the limit, throws a BPMN error above it, faults on a negative amount.</summary>
[WorkflowActivity("LimitCheck", Category = "Tests", DisplayNameVi = "Kiểm tra hạn mức", DisplayNameEn = "Limit check")]
public sealed class LimitCheckActivity : IWorkflowActivity
{
    [ActivityInput(Required = true)]
    public decimal Amount { get; set; }

    [ActivityInput]
    public decimal Limit { get; set; }

    [ActivityOutput]
    public decimal Headroom { get; set; }

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default)
    {
        if (Amount < 0)
        {
            return ValueTask.FromResult(ActivityResult.Fault($"amount {Amount} is negative"));
        }

        if (Amount > Limit)
        {
            return ValueTask.FromResult(ActivityResult.Error("TOO_LARGE"));
        }

        Headroom = Limit - Amount;
        context.SetVariable("checkedBy", context.ElementId);
        return ValueTask.FromResult(ActivityResult.Completed);
    }
}
