using System.Text.Json.Nodes;
using Thads.Workflows.Activities;

namespace Thads.Workflows.Tests.Activities.Samples;

/// <summary>Every supported type as both input and output, so a value can be followed from JSON to CLR and back.</summary>
[WorkflowActivity("Samples.ConversionProbe", Category = "Kiểm thử")]
public sealed class ConversionProbeActivity : IWorkflowActivity
{
    [ActivityInput, ActivityOutput]
    public string Text { get; set; } = "initial";

    [ActivityInput, ActivityOutput]
    public int Count { get; set; }

    [ActivityInput, ActivityOutput]
    public long BigCount { get; set; }

    [ActivityInput, ActivityOutput]
    public decimal Amount { get; set; }

    [ActivityInput, ActivityOutput]
    public double Ratio { get; set; }

    [ActivityInput, ActivityOutput]
    public bool Flag { get; set; }

    [ActivityInput, ActivityOutput]
    public Guid Id { get; set; }

    [ActivityInput, ActivityOutput]
    public DateOnly Day { get; set; }

    [ActivityInput, ActivityOutput]
    public DateTimeOffset At { get; set; }

    [ActivityInput, ActivityOutput]
    public Priority Level { get; set; }

    [ActivityInput, ActivityOutput]
    public string[] Tags { get; set; } = [];

    [ActivityInput, ActivityOutput]
    public List<string> Names { get; set; } = [];

    [ActivityInput, ActivityOutput]
    public IReadOnlyList<string>? Codes { get; set; }

    [ActivityInput, ActivityOutput]
    public JsonNode? Payload { get; set; }

    [ActivityInput, ActivityOutput]
    public JsonObject? Settings { get; set; }

    [ActivityInput, ActivityOutput]
    public JsonArray? Items { get; set; }

    [ActivityInput, ActivityOutput]
    public int? MaybeCount { get; set; }

    [ActivityInput, ActivityOutput]
    public DateOnly? MaybeDay { get; set; }

    [ActivityInput, ActivityOutput]
    public Priority? MaybeLevel { get; set; }

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ActivityResult.Completed);
}
