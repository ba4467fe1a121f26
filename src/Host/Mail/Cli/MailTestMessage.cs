namespace Thads.Host.Mail.Cli;

/// <summary>The message <c>mail test</c> sends: Vietnamese subject and body, to show that encoding survives the trip.</summary>
internal static class MailTestMessage
{
    public const string Subject = "Thư thử nghiệm THADS Workflow";

    public static OutgoingMail For(string to, DateTimeOffset now) => new()
    {
        To = [to],
        Subject = Subject,
        TextBody = $"""
            Đây là thư thử nghiệm do lệnh "mail test" của THADS Workflow gửi lúc {now:yyyy-MM-dd HH:mm:ss zzz}.
            Nếu bạn nhận được thư này, cấu hình gửi thư đang hoạt động.

            This is a test message sent by the "mail test" command of THADS Workflow.
            """,
        LinkPath = "/",
        LinkText = "Mở THADS Workflow",
    };
}
