using Thads.Workflows.Activities;

namespace Thads.Workflows.Tests.Activities.Samples;

[WorkflowActivity(
    "Samples.ApproveCase",
    Category = "Phê duyệt",
    DisplayNameVi = "Phê duyệt hồ sơ",
    DisplayNameEn = "Approve case",
    DescriptionVi = "Ghi nhận quyết định phê duyệt của chấp hành viên.",
    DescriptionEn = "Records the enforcement officer's decision.")]
public sealed class ApproveCaseActivity : IWorkflowActivity
{
    [ActivityInput(DisplayNameVi = "Số hồ sơ", DisplayNameEn = "Case number", DescriptionVi = "Số hồ sơ thi hành án.", Required = true)]
    public string CaseNumber { get; set; } = "";

    [ActivityInput(DisplayNameVi = "Quyết định", DisplayNameEn = "Decision", Required = true, Choices = ["DongY", "TuChoi", "TraLai"])]
    public string Decision { get; set; } = "";

    [ActivityInput(DisplayNameVi = "Số tiền", DisplayNameEn = "Amount", DescriptionVi = "Số tiền phải thi hành (đồng).", DescriptionEn = "Amount to enforce (VND).", DefaultValue = "0")]
    public decimal Amount { get; set; }

    [ActivityInput(DisplayNameVi = "Hạn xử lý", DisplayNameEn = "Due date")]
    public DateOnly? DueDate { get; set; }

    [ActivityOutput(DisplayNameVi = "Đã phê duyệt", DisplayNameEn = "Approved")]
    public bool Approved { get; private set; }

    [ActivityOutput(DisplayNameVi = "Số tiền được duyệt", DisplayNameEn = "Approved amount")]
    public decimal ApprovedAmount { get; private set; }

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default)
    {
        Approved = Decision == "DongY";
        ApprovedAmount = Approved ? Amount : 0m;
        return ValueTask.FromResult(ActivityResult.Completed);
    }
}
