using System.Text.Json.Nodes;

namespace Thads.Workflows.Activities;

/// <summary>What an activity sees of the running instance. Variables are plain JSON values.</summary>
public sealed class ActivityContext
{
    private readonly Func<string, JsonNode?> _read;
    private readonly Action<string, JsonNode?> _write;

    internal ActivityContext(
        Guid instanceId,
        string? businessKey,
        string processId,
        string elementId,
        DateTimeOffset now,
        string? actor,
        IServiceProvider services,
        Func<string, JsonNode?> read,
        Action<string, JsonNode?> write)
    {
        InstanceId = instanceId;
        BusinessKey = businessKey;
        ProcessId = processId;
        ElementId = elementId;
        Now = now;
        Actor = actor;
        Services = services;
        _read = read;
        _write = write;
    }

    public Guid InstanceId { get; }

    public string? BusinessKey { get; }

    public string ProcessId { get; }

    public string ElementId { get; }

    /// <summary>The engine clock's time (virtual in tests and the CLI).</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The user whose action is being processed, or null for the system (timers).</summary>
    public string? Actor { get; }

    public IServiceProvider Services { get; }

    public JsonNode? GetVariable(string name) => _read(name);

    public void SetVariable(string name, JsonNode? value) => _write(name, value);
}
