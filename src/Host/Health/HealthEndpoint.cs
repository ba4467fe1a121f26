using Thads.Host.Startup;

namespace Thads.Host.Health;

/// <summary><c>/health</c>: 200 only once every start-up task has completed, so scripts and tests can wait on it.</summary>
public static class HealthEndpoint
{
    public const string Path = "/health";

    public static IEndpointRouteBuilder MapHealthEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (StartupReadiness readiness) => readiness.Status switch
        {
            StartupStatus.Ready => Results.Json(new HealthResponse("ok")),
            StartupStatus.Failed => Results.Json(new HealthResponse("failed"), statusCode: StatusCodes.Status503ServiceUnavailable),
            _ => Results.Json(new HealthResponse("starting"), statusCode: StatusCodes.Status503ServiceUnavailable),
        });
        return endpoints;
    }
}
