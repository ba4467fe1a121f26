using Thads.Workflows.Activities;

namespace Thads.Workflows.Tests.Activities.Samples;

[WorkflowActivity("Samples.SendNotice", Category = "Thông báo", DisplayNameVi = "Gửi thông báo", DisplayNameEn = "Send notice")]
public sealed class SendNoticeActivity(INoticeSender sender) : IWorkflowActivity
{
    [ActivityInput(DisplayNameVi = "Người nhận", DisplayNameEn = "Recipient", Required = true)]
    public string Recipient { get; set; } = "";

    [ActivityInput(DisplayNameVi = "Nội dung", DisplayNameEn = "Message")]
    public string Message { get; set; } = "";

    [ActivityInput(DisplayNameVi = "Kênh", DisplayNameEn = "Channel", DefaultValue = "Sms", Choices = ["Email", "Sms"])]
    public NoticeChannel Channel { get; set; }

    [ActivityInput(DisplayNameVi = "Số lần thử lại", DisplayNameEn = "Retry limit", DefaultValue = "3")]
    public int RetryLimit { get; set; }

    [ActivityOutput(DisplayNameVi = "Đã gửi", DisplayNameEn = "Sent")]
    public bool Sent { get; private set; }

    [ActivityOutput(DisplayNameVi = "Kênh đã dùng", DisplayNameEn = "Channel used")]
    public NoticeChannel SentVia { get; private set; }

    [ActivityOutput]
    public int UsedRetryLimit => RetryLimit;

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken = default)
    {
        sender.Send(Recipient, Message, Channel);
        Sent = true;
        SentVia = Channel;
        return ValueTask.FromResult(ActivityResult.Completed);
    }
}
