using System.Text.Json.Serialization;

namespace Thads.Host.Health;

/// <summary>
/// Body of <c>/health</c>. <see cref="Status"/>: "starting", "failed" (start-up), then "ok", "warning" (parked mail) or
/// "unhealthy" (database or scheduler down). The parts are reported only once start-up has finished. Nothing here
/// names a server, a path, a user or an error text: the endpoint is anonymous.
/// </summary>
public sealed record HealthResponse(
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Database = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Scheduler = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] OutboxHealth? Outbox = null);
