using System.Text.Encodings.Web;
using System.Text.Json;
using Thads.Workflows.Runtime;

namespace Thads.Workflows.Diagnostics;

/// <summary>Writes each engine event as one JSON object per line, numbered across every instance of the run.</summary>
internal sealed class JsonLinesTraceWriter(TextWriter output) : IWorkflowObserver
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Lock _gate = new();
    private int _seq;

    public void OnEvents(IReadOnlyList<WorkflowEvent> events)
    {
        lock (_gate)
        {
            foreach (var e in events)
            {
                using var buffer = new MemoryStream();
                using (var json = new Utf8JsonWriter(buffer, Options))
                {
                    json.WriteStartObject();
                    json.WriteNumber("seq", ++_seq);
                    json.WriteString("time", e.Time.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz"));
                    json.WriteString("type", e.Type);
                    json.WriteString("element", e.ElementId);
                    json.WriteString("process", e.ProcessId);
                    json.WriteString("instance", e.InstanceId);
                    if (e.TaskId is { } task)
                    {
                        json.WriteString("task", task);
                    }

                    if (e.Detail is { } detail)
                    {
                        json.WriteString("detail", detail);
                    }

                    json.WriteEndObject();
                }

                output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            }

            output.Flush();
        }
    }
}
