using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.Json;
using Thads.Host.Attachments;
using Thads.Host.Cases.Api;
using Thads.Host.Admin.Api;
using Thads.Host.Dashboard;

namespace Thads.Host.Api;

/// <summary>
/// The JSON API under <c>/api</c>: problem+json errors, the API policies, the OpenAPI document at
/// <c>/openapi/v1.json</c> and the endpoint groups. Authentication and the <c>/api</c> 401 come from the accounts.
/// </summary>
public static class ApiApplicationExtensions
{
    public const string DocumentName = "v1";

    public static IServiceCollection AddThadsApi(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ApiProblems.Customize);
        services.Configure<JsonOptions>(json =>
        {
            // Vietnamese letters as themselves (slow links), enums by name.
            json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        services.AddAuthorization(ApiPolicies.Add);
        services.AddScoped<TaskAccess>();
        services.AddScoped<TaskInboxQuery>();
        services.AddSingleton<TaskForms>();
        services.AddOpenApi(DocumentName, options =>
        {
            // Only the endpoints of this folder: not the /api fallback, not pages.
            options.ShouldInclude = description => description.ActionDescriptor.EndpointMetadata.OfType<ThadsApiMarker>().Any();
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "THADS Workflow API";
                document.Info.Description = "API JSON của THADS Workflow. Xác thực bằng cookie phiên đăng nhập hoặc mã truy cập (Authorization: Bearer); lỗi trả về dạng application/problem+json.";
                return Task.CompletedTask;
            });
            options.AddDocumentTransformer<Accounts.Tokens.ApiAuthenticationDocumentTransformer>();
        });
        return services;
    }

    /// <summary>
    /// Call before <c>UseThadsAccounts</c>: the problem+json middleware must wrap authentication and authorization so
    /// that their bare 401/403 under <c>/api</c> get a body too. Endpoints may be mapped before routing is added.
    /// </summary>
    public static WebApplication UseThadsApi(this WebApplication app)
    {
        app.UseMiddleware<ApiProblemMiddleware>();
        // The description of the API is for its users, like the API itself.
        app.MapOpenApi("/openapi/{documentName}.json").RequireAuthorization(ApiPolicies.Staff);

        var api = app.MapGroup("/api").RequireAuthorization(ApiPolicies.Staff).WithMetadata(ThadsApiMarker.Instance);
        api.MapMeEndpoints();
        api.MapTaskEndpoints();
        api.MapCaseEndpoints();
        api.MapCaseDossierEndpoints();
        api.MapAttachmentApi();
        api.MapAdminEndpoints();
        api.MapDashboardEndpoints();
        app.MapApiDocs();
        return app;
    }
}

/// <summary>Marks the endpoints that belong in the OpenAPI document.</summary>
internal sealed class ThadsApiMarker
{
    public static readonly ThadsApiMarker Instance = new();
}
