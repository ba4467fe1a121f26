using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ApiExplorer;

namespace Thads.Host.Api;

/// <summary>
/// <c>/api/docs</c>: the operations of the OpenAPI document as a plain HTML list (same API descriptions the
/// document is generated from), no scripts, no CDN. Signed-in users only, like all of <c>/api</c>.
/// </summary>
internal static partial class ApiDocsEndpoint
{
    public static void MapApiDocs(this WebApplication app) =>
        app.MapGet("/api/docs", (IApiDescriptionGroupCollectionProvider explorer) =>
            Results.Content(Render(explorer), "text/html; charset=utf-8"))
            .RequireAuthorization(ApiPolicies.Staff)
            .ExcludeFromDescription();

    private static string Render(IApiDescriptionGroupCollectionProvider explorer)
    {
        var operations = explorer.ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .Where(d => d.ActionDescriptor.EndpointMetadata.OfType<ThadsApiMarker>().Any())
            .OrderBy(PathOf, StringComparer.Ordinal)
            .ThenBy(d => d.HttpMethod, StringComparer.Ordinal);

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>THADS Workflow API</title>")
            .Append("<style>body{font-family:sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem}code{background:#f3f3f3;padding:0 .2rem}")
            .Append(".m{display:inline-block;min-width:4rem;font-weight:bold}li{margin:.6rem 0}small{color:#555}</style></head><body>")
            .Append("<h1>THADS Workflow API</h1><p>Tài liệu máy đọc: <a href=\"/openapi/v1.json\">/openapi/v1.json</a>. ")
            .Append("Xác thực bằng cookie đăng nhập hoặc mã truy cập cá nhân (<code>Authorization: Bearer thads_…</code>, tạo ở trang <a href=\"/Account/Security\">Bảo mật tài khoản</a>); lỗi trả về <code>application/problem+json</code> với <code>errors</code> theo trường.</p><ul>");
        foreach (var d in operations)
        {
            var summary = d.ActionDescriptor.EndpointMetadata.OfType<IEndpointSummaryMetadata>().LastOrDefault()?.Summary;
            var description = d.ActionDescriptor.EndpointMetadata.OfType<IEndpointDescriptionMetadata>().LastOrDefault()?.Description;
            var policies = d.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct();
            var query = d.ParameterDescriptions.Where(p => p.Source.Id == "Query").Select(p => p.Name).ToList();
            html.Append("<li><span class=\"m\">").Append(E(d.HttpMethod ?? "")).Append("</span> <code>/").Append(E(PathOf(d))).Append("</code>");
            if (query.Count > 0)
            {
                html.Append(" <small>?").Append(E(string.Join("&", query.Select(q => q + "=")))).Append("</small>");
            }

            html.Append("<br>").Append(E(summary ?? ""));
            if (description is not null)
            {
                html.Append("<br><small>").Append(E(description)).Append("</small>");
            }

            html.Append("<br><small>Chính sách: ").Append(E(string.Join(", ", policies))).Append("; mã trả về: ")
                .Append(E(string.Join(", ", d.SupportedResponseTypes.Select(r => r.StatusCode).Distinct().Order()))).Append("</small></li>");
        }

        return html.Append("</ul></body></html>").ToString();
    }

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The path as the OpenAPI document writes it: without route constraints or a trailing slash.</summary>
    private static string PathOf(ApiDescription d) => Constraint().Replace(d.RelativePath ?? "", "{$1}").TrimEnd('/');

    private static string E(string text) => Encoder.Encode(text);

    [GeneratedRegex(@"\{(\w+):[^}]+\}")]
    private static partial Regex Constraint();
}
