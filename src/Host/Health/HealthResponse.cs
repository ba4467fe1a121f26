namespace Thads.Host.Health;

/// <summary>Body of <c>/health</c>: "starting", "ok" or "failed".</summary>
public sealed record HealthResponse(string Status);
