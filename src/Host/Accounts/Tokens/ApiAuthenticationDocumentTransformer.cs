using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Thads.Host.Accounts.Tokens;

/// <summary>
/// Names both ways into the API in the OpenAPI document: the session cookie of the web pages and personal API tokens
/// (<c>Authorization: Bearer thads_…</c>, created on the page "Bảo mật tài khoản"). Either one suffices.
/// </summary>
internal sealed class ApiAuthenticationDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string BearerSchemeName = "bearer";
    public const string CookieSchemeName = "cookie";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerSchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "thads_…",
            Description = "Mã truy cập cá nhân, tạo ở trang Bảo mật tài khoản (/Account/Security); cùng vai trò và đơn vị với người tạo. " +
                "Không cần mã chống giả mạo.",
        };
        document.Components.SecuritySchemes[CookieSchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = AccountsServiceCollectionExtensions.CookieName,
            Description = "Cookie phiên đăng nhập của trang web. Yêu cầu ghi (POST/PUT/DELETE) phải cùng nguồn (Origin) hoặc kèm tiêu đề " +
                Csrf.CookieApiForgeryGuard.HeaderName + ".",
        };
        document.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerSchemeName, document)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieSchemeName, document)] = [] },
        ];
        return Task.CompletedTask;
    }
}
