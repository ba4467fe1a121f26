using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Thads.Host.Tests.Authorization;

/// <summary>Every route the application answers, as "METHOD /pattern": API endpoints with their verbs, pages as GET and POST.</summary>
internal static class EndpointInventory
{
    public static IReadOnlyList<string> Of(IServiceProvider services)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            {
                // Razor Pages answer GET and, where they have a form, POST; both are checked.
                found.Add("GET " + pattern);
                found.Add("POST " + pattern);
                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            foreach (var method in methods is { Count: > 0 } ? methods : ["ANY"])
            {
                found.Add(method + " " + pattern);
            }
        }

        return found.ToList();
    }
}
