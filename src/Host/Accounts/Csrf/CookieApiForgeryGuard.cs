using Microsoft.AspNetCore.Antiforgery;
using Thads.Host.Accounts.Tokens;
using Thads.Host.Api;

namespace Thads.Host.Accounts.Csrf;

/// <summary>
/// Cross-site request forgery on the JSON API. Pages are covered by Razor Pages' antiforgery tokens; an API write
/// authenticated by the session cookie must show that it comes from our own pages: a valid antiforgery token in
/// <see cref="HeaderName"/>, or the browser's <c>Sec-Fetch-Site: same-origin</c>, or an <c>Origin</c> equal to this
/// site. Browsers always send <c>Origin</c> on cross-origin writes and page scripts cannot forge it, so a forged
/// request from another site (or a sibling sub-domain, which SameSite=Lax lets through) is refused with 403.
/// Bearer-token calls carry no ambient credential and are exempt; reads (GET/HEAD) change nothing and are exempt.
/// </summary>
internal sealed class CookieApiForgeryGuard(RequestDelegate next, ILogger<CookieApiForgeryGuard> logger)
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public async Task InvokeAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (!NeedsCheck(context) || await IsSameSiteAsync(context, antiforgery))
        {
            await next(context);
            return;
        }

        logger.LogWarning(
            "Refused a cookie-authenticated {Method} {Path} from origin {Origin} (Sec-Fetch-Site {FetchSite}): no antiforgery token, not same-origin",
            context.Request.Method, context.Request.Path, context.Request.Headers.Origin.ToString(), context.Request.Headers["Sec-Fetch-Site"].ToString());
        await ApiProblems.Forbidden(
                "Yêu cầu ghi bằng cookie đăng nhập phải đến từ chính trang THADS (tiêu đề Origin của trang này hoặc mã chống giả mạo "
                + HeaderName + "). Chương trình gọi API hãy dùng mã truy cập (Authorization: Bearer).")
            .ExecuteAsync(context);
    }

    private static bool NeedsCheck(HttpContext context) =>
        AccountPaths.IsApi(context.Request.Path)
        && !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            || HttpMethods.IsOptions(context.Request.Method) || HttpMethods.IsTrace(context.Request.Method))
        && context.User.Identity?.IsAuthenticated == true
        && !ApiTokenAuthentication.IsTokenAuthenticated(context);

    private static async Task<bool> IsSameSiteAsync(HttpContext context, IAntiforgery antiforgery)
    {
        var request = context.Request;
        if (request.Headers.ContainsKey(HeaderName))
        {
            return await antiforgery.IsRequestValidAsync(context);
        }

        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0)
        {
            return fetchSite == "same-origin";
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0
            && string.Equals(origin, request.Scheme + "://" + request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
