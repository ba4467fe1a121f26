namespace Thads.Workflows.Tests.Activities.Samples;

public enum NoticeChannel
{
    Email,
    Sms,
    Zalo,
}
