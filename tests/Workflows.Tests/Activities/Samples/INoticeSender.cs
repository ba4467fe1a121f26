namespace Thads.Workflows.Tests.Activities.Samples;

public interface INoticeSender
{
    void Send(string recipient, string message, NoticeChannel channel);
}
