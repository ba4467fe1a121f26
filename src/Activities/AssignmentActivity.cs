using System.Text.Json.Nodes;
using Thads.Enforcement.Cases;
using Thads.Workflows.Activities;

namespace Thads.Activities;

/// <summary>
/// A leader assigns the executor (Chấp hành viên) of a case. The task suggests the unit's executor with the
/// fewest open cases; leaving the choice empty accepts the suggestion. Reassigning keeps the history.
/// </summary>
[WorkflowActivity(
    "Assignment",
    Category = "THADS",
    DisplayNameVi = "Phân công Chấp hành viên",
    DisplayNameEn = "Assign executor",
    DescriptionVi = "Lãnh đạo phân công Chấp hành viên tổ chức thi hành; gợi ý người đang có ít việc nhất. Kết quả: executor, executorName.",
    DescriptionEn = "A leader assigns the enforcement officer; suggests the least loaded one. Results: executor, executorName.")]
public sealed class AssignmentActivity(CaseService cases) : IResumableActivity
{
    public const string FormKey = "assignment";

    [ActivityInput(DisplayNameVi = "Mã hồ sơ", DisplayNameEn = "Case id", DefaultValue = "${caseId}", Required = true)]
    public int CaseId { get; set; }

    [ActivityInput(DisplayNameVi = "Mã đơn vị", DisplayNameEn = "Unit code", DefaultValue = "${unitCode}", Required = true)]
    public string UnitCode { get; set; } = "";

    [ActivityOutput(DisplayNameVi = "Chấp hành viên", DisplayNameEn = "Executor")]
    public string? Executor { get; set; }

    [ActivityOutput(DisplayNameVi = "Họ tên Chấp hành viên", DisplayNameEn = "Executor name")]
    public string? ExecutorName { get; set; }

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default)
    {
        var suggestion = await cases.SuggestExecutorAsync(UnitCode, cancellationToken);
        context.SetVariable("suggestedExecutor", suggestion?.UserName);
        return ActivityResult.WaitForTask(new HumanTaskRequest
        {
            Name = "Phân công Chấp hành viên",
            CandidateRole = "leader",
            CandidateUnit = UnitCode,
            FormKey = FormKey,
            Prefill = new Dictionary<string, JsonNode?>
            {
                ["suggestedExecutor"] = suggestion?.UserName,
                ["suggestedExecutorName"] = suggestion?.FullName,
                ["suggestedOpenCases"] = suggestion?.OpenCases,
            },
        });
    }

    public async ValueTask<ActivityResult> ResumeAsync(ActivityContext context, IReadOnlyDictionary<string, JsonNode?> taskData, CancellationToken cancellationToken = default)
    {
        var chosen = ActivityText.Text(taskData, "executor");
        if (string.IsNullOrWhiteSpace(chosen))
        {
            chosen = context.GetVariable("suggestedExecutor")?.ToString();
        }

        if (string.IsNullOrWhiteSpace(chosen))
        {
            return ActivityResult.Fault($"Phân công: đơn vị '{UnitCode}' không có Chấp hành viên nào để gợi ý và chưa chọn người (trường 'executor').");
        }

        try
        {
            var note = ActivityText.Text(taskData, "reason") ?? ActivityText.Text(taskData, "assignmentNote");
            await cases.AssignExecutorAsync(CaseId, chosen, note, context.Actor ?? "", cancellationToken);
            Executor = chosen;
            ExecutorName = (await cases.GetAsync(CaseId, cancellationToken))?.Executor?.FullName ?? chosen;
            return ActivityResult.Completed;
        }
        catch (CaseValidationException refusal)
        {
            throw ActivityText.Refused("Phân công không thực hiện được", refusal);
        }
    }
}
