using Thads.Host.Api;
using Thads.Workflows.Runtime;

namespace Thads.Host.Pages.Tasks;

/// <summary>How the inbox pages show tasks (the lists themselves come from <see cref="TaskInboxQuery"/>, shared with the API).</summary>
public static class TaskInbox
{
    public const int PageSize = 20;

    /// <summary>Vietnam has no daylight saving: UTC+7 all year.</summary>
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static string Format(DateTimeOffset? at) =>
        at is { } value ? value.ToOffset(VietnamOffset).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "—";

    public static bool IsOverdue(UserTaskInfo task, DateTimeOffset now) =>
        task.Status == UserTaskStatus.Open && task.DueAt is { } due && due < now;
}
