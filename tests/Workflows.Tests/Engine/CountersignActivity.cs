using System.Text.Json.Nodes;
using Thads.Workflows.Activities;

namespace Thads.Workflows.Tests.Engine;

/// <summary>A waiting activity: asks a leader to countersign, then completes or throws REJECTED.</summary>
[WorkflowActivity("Countersign", Category = "Tests", DisplayNameVi = "Ký duyệt", DisplayNameEn = "Countersign")]
public sealed class CountersignActivity : IResumableActivity
{
    [ActivityInput(Required = true)]
    public string Subject { get; set; } = "";

    [ActivityInput]
    public string? UnitCode { get; set; }

    [ActivityOutput]
    public string? SignedBy { get; set; }

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ActivityResult.WaitForTask(new HumanTaskRequest
        {
            Name = $"Ký duyệt: {Subject}",
            CandidateRole = "leader",
            CandidateUnit = UnitCode,
            DueDate = "P2D",
            FormKey = "approval",
            Prefill = new Dictionary<string, JsonNode?> { ["summary"] = Subject },
        }));

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context, IReadOnlyDictionary<string, JsonNode?> taskData, CancellationToken cancellationToken = default)
    {
        if (taskData.GetValueOrDefault("decision")?.GetValue<string>() == "maybe")
        {
            throw new TaskInputRefusedException("decision must be approve or reject", [KeyValuePair.Create("decision", "approve or reject")]);
        }

        if (taskData.GetValueOrDefault("decision")?.GetValue<string>() == "reject")
        {
            return ValueTask.FromResult(ActivityResult.Error("REJECTED", "leader rejected"));
        }

        SignedBy = context.Actor;
        return ValueTask.FromResult(ActivityResult.Completed);
    }
}
