using Thads.Workflows.Activities;

namespace Thads.Workflows.Tests.Activities.Samples;

[WorkflowActivity("Samples.EnglishOnly", DisplayNameEn = "English only", DescriptionEn = "Described in English.")]
public sealed class EnglishOnlyActivity : IWorkflowActivity
{
    [ActivityInput(DisplayNameEn = "Reference", DescriptionEn = "An English-only input.")]
    public string Reference { get; set; } = "";

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ActivityResult.Completed);
}
