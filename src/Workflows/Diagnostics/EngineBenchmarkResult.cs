using System.Text.Json.Serialization;

namespace Thads.Workflows.Diagnostics;

public sealed record EngineBenchmarkResult(
    [property: JsonPropertyName("instances")] int Instances,
    [property: JsonPropertyName("seconds")] double Seconds,
    [property: JsonPropertyName("instancesPerSecond")] double InstancesPerSecond,
    [property: JsonPropertyName("store")] string Store,
    [property: JsonPropertyName("workers")] int Workers,
    [property: JsonPropertyName("userTasks")] long UserTasks,
    [property: JsonPropertyName("incidents")] int Incidents);
