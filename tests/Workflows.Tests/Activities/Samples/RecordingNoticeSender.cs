namespace Thads.Workflows.Tests.Activities.Samples;

public sealed class RecordingNoticeSender : INoticeSender
{
    public List<(string Recipient, string Message, NoticeChannel Channel)> Sent { get; } = [];

    public void Send(string recipient, string message, NoticeChannel channel) => Sent.Add((recipient, message, channel));
}
