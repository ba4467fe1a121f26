using System.Text.Json;
using System.Text.Json.Serialization;
using Thads.Workflows.Persistence.Rows;
using Thads.Workflows.Runtime;

namespace Thads.Workflows.Persistence;

/// <summary>Packs one stimulus's events into a journal page and unpacks them again.</summary>
internal static class JournalPage
{
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static JournalPageRow Pack(IReadOnlyList<WorkflowEvent> events)
    {
        var first = events[0];
        var entries = events.Select(e => new Entry(e.Seq, e.Type, e.ElementId, e.TokenId, e.TaskId, e.Detail)).ToList();
        return new JournalPageRow
        {
            InstanceId = first.InstanceId,
            FirstSeq = first.Seq,
            LastSeq = events[^1].Seq,
            TimeTicks = first.Time.UtcTicks,
            OffsetMinutes = (int)first.Time.Offset.TotalMinutes,
            Actor = first.Actor,
            Events = JsonSerializer.Serialize(entries, Json),
        };
    }

    public static IEnumerable<WorkflowEvent> Unpack(JournalPageRow page, string processId)
    {
        var time = new DateTimeOffset(page.TimeTicks, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(page.OffsetMinutes));
        foreach (var e in JsonSerializer.Deserialize<List<Entry>>(page.Events, Json) ?? [])
        {
            yield return new WorkflowEvent(page.InstanceId, e.Seq, time, e.Type, processId, e.Element, e.Token, e.Task, page.Actor, e.Detail);
        }
    }

    private sealed record Entry(
        [property: JsonPropertyName("s")] int Seq,
        [property: JsonPropertyName("t")] string Type,
        [property: JsonPropertyName("e")] string? Element,
        [property: JsonPropertyName("k")] Guid? Token,
        [property: JsonPropertyName("a")] Guid? Task,
        [property: JsonPropertyName("d")] string? Detail);
}
