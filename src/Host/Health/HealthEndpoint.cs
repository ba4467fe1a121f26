using Thads.Host.Startup;

namespace Thads.Host.Health;

/// <summary>
/// <c>/health</c>: 503 while start-up tasks run or after one failed, so scripts and tests can wait on it; then the
/// state of the database, the scheduler and the mail outbox, with 503 when the database or scheduler is down.
/// </summary>
public static class HealthEndpoint
{
    public const string Path = "/health";

    public static IEndpointRouteBuilder MapHealthEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, async (StartupReadiness readiness, HttpContext http) =>
        {
            switch (readiness.Status)
            {
                case StartupStatus.Ready:
                    var health = await ActivatorUtilities.CreateInstance<HealthProbe>(http.RequestServices).CheckAsync(http.RequestAborted);
                    http.Response.Headers.CacheControl = "no-store";
                    return Results.Json(health, statusCode: health.Status == "unhealthy" ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK);
                case StartupStatus.Failed:
                    return Results.Json(new HealthResponse("failed"), statusCode: StatusCodes.Status503ServiceUnavailable);
                default:
                    return Results.Json(new HealthResponse("starting"), statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return endpoints;
    }
}
