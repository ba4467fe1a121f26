using Thads.Workflows.Runtime;

namespace Thads.Host.Api;

/// <summary>One page of an inbox list: <see cref="Page"/> is the page actually shown (clamped to the last one).</summary>
public sealed record InboxPage(IReadOnlyList<UserTaskInfo> Items, int Page, int Total);
