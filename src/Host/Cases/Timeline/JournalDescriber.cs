using Thads.Host.Cases.Diagram;
using Thads.Workflows.Runtime;

namespace Thads.Host.Cases.Timeline;

/// <summary>
/// Turns workflow journal events into timeline entries named by the elements' names, never their ids. Routine
/// mechanics (gateways, variables, timers being set or cleared, unnamed elements) are left out; a user task is told
/// by its task events rather than by entering and leaving its element.
/// </summary>
public sealed class JournalDescriber(CaseText text, StaffNames staff)
{
    private CaseText Text => text;

    /// <summary>Null when the event is not worth a line.</summary>
    public TimelineEntry? Describe(WorkflowEvent e, ProcessDiagram? diagram)
    {
        var element = diagram?.Find(e.ElementId);
        var name = element?.Name;
        var process = diagram?.Name ?? Text["quy trình"];
        var (title, details) = e.Type switch
        {
            WorkflowEventTypes.ProcessStarted => (Text["Bắt đầu quy trình «{0}»", process], Version(diagram)),
            WorkflowEventTypes.ProcessCompleted => (Text["Kết thúc quy trình «{0}»", process], []),
            WorkflowEventTypes.ProcessTerminated => (Text["Dừng quy trình «{0}»", process], Detail(e.Detail)),
            WorkflowEventTypes.ActivityStarted when IsStep(element) && !element!.IsUserTask && !element.IsEvent =>
                (Text["Bắt đầu bước «{0}»", name], []),
            WorkflowEventTypes.ActivityCompleted when IsStep(element) && element!.IsEvent => (Text["Sự kiện «{0}»", name], []),
            WorkflowEventTypes.ActivityCompleted when IsStep(element) && !element!.IsUserTask => (Text["Xong bước «{0}»", name], []),
            WorkflowEventTypes.ActivityCancelled when IsStep(element) && !element!.IsEvent && !element.IsUserTask =>
                (Text["Hủy bước «{0}»", name], []),
            WorkflowEventTypes.TaskCreated => (Named(Text["Giao công việc «{0}»", name], Text["Giao công việc"], name), Assignee(e.Detail)),
            WorkflowEventTypes.TaskCompleted => (Named(Text["Hoàn thành công việc «{0}»", name], Text["Đã hoàn thành công việc"], name), []),
            WorkflowEventTypes.TaskCancelled => (Named(Text["Hủy công việc «{0}»", name], Text["Hủy công việc"], name), []),
            WorkflowEventTypes.TaskReassigned => (Named(Text["Chuyển công việc «{0}»", name], Text["Chuyển công việc"], name), Detail(e.Detail)),
            WorkflowEventTypes.TimerFired when name is not null => (Text["Đến hạn: «{0}»", name], []),
            WorkflowEventTypes.MessageReceived when name is not null => (Text["Nhận thông tin: «{0}»", name], []),
            WorkflowEventTypes.ErrorThrown => (Named(Text["Lỗi nghiệp vụ tại «{0}»", name], Text["Lỗi nghiệp vụ"], name), Detail(e.Detail)),
            WorkflowEventTypes.Incident => (Named(Text["Sự cố tại «{0}»", name], Text["Sự cố"], name), Detail(e.Detail)),
            WorkflowEventTypes.IncidentResolved => (Named(Text["Đã xử lý sự cố tại «{0}»", name], Text["Đã xử lý sự cố"], name), []),
            _ => ((string?)null, (IReadOnlyList<string>)[]),
        };

        return title is null ? null : new TimelineEntry(e.Time, TimelineSource.Workflow, staff.Actor(e.Actor), title, details);
    }

    /// <summary>A named flow node other than a gateway: what people think of as a step.</summary>
    private static bool IsStep(DiagramElement? element) => element is { Name: not null, IsGateway: false, IsFlow: false };

    private static string Named(string withName, string withoutName, string? name) => name is null ? withoutName : withName;

    private IReadOnlyList<string> Version(ProcessDiagram? diagram) =>
        diagram is null ? [] : [Text["Phiên bản {0}", diagram.Version]];

    /// <summary>Who a new task waits for: a person, or a group ("công chức thụ lý").</summary>
    private IReadOnlyList<string> Assignee(string? detail) =>
        string.IsNullOrWhiteSpace(detail) ? []
        : detail is "leader" or "executor" or "intake" or "statistician" ? [Text["Chờ: {0}", Text.Group(detail)]]
        : [Text["Giao cho: {0}", staff.Actor(detail)]];

    private static IReadOnlyList<string> Detail(string? detail) => string.IsNullOrWhiteSpace(detail) ? [] : [detail];
}
