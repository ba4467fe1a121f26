using Microsoft.AspNetCore.Mvc;
using Thads.Host.Accounts;

namespace Thads.Host.Api;

/// <summary>problem+json answers with Vietnamese titles; field errors under <c>errors</c>, keyed by field name.</summary>
internal static class ApiProblems
{
    public static string Title(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Yêu cầu không hợp lệ",
        StatusCodes.Status401Unauthorized => "Chưa đăng nhập",
        StatusCodes.Status403Forbidden => "Không có quyền truy cập",
        StatusCodes.Status404NotFound => "Không tìm thấy",
        StatusCodes.Status405MethodNotAllowed => "Phương thức không được hỗ trợ",
        StatusCodes.Status409Conflict => "Xung đột dữ liệu",
        StatusCodes.Status415UnsupportedMediaType => "Kiểu dữ liệu gửi lên không được hỗ trợ",
        >= 500 => "Lỗi hệ thống",
        _ => "Lỗi",
    };

    private static string Detail(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Dữ liệu gửi lên không đọc được (JSON không hợp lệ hoặc tham số sai kiểu).",
        StatusCodes.Status401Unauthorized => "Cần đăng nhập để gọi API này.",
        StatusCodes.Status403Forbidden => "Tài khoản không có quyền với tài nguyên này.",
        StatusCodes.Status404NotFound => "Không có tài nguyên ở địa chỉ này.",
        StatusCodes.Status415UnsupportedMediaType => "Gửi dữ liệu dạng application/json.",
        >= 500 => "Đã xảy ra lỗi không mong muốn; vui lòng thử lại hoặc báo quản trị hệ thống.",
        _ => "",
    };

    /// <summary>Replaces the framework's English defaults; keeps what an endpoint wrote itself.</summary>
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        if (problem.Title is null || IsFrameworkTitle(problem.Title))
        {
            problem.Title = Title(status);
        }

        if (string.IsNullOrEmpty(problem.Detail) && Detail(status) is { Length: > 0 } detail)
        {
            problem.Detail = detail;
        }

        problem.Type = null;
        problem.Instance = context.HttpContext.Request.Path;
    }

    private static bool IsFrameworkTitle(string title) =>
        title.StartsWith("One or more validation", StringComparison.Ordinal)
        || title is "Bad Request" or "Unauthorized" or "Forbidden" or "Not Found" or "Conflict" or "An error occurred while processing your request.";

    public static IResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: Title(StatusCodes.Status404NotFound));

    public static IResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: Title(StatusCodes.Status403Forbidden));

    public static IResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: Title(StatusCodes.Status409Conflict));

    public static IResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: Title(StatusCodes.Status400BadRequest));

    public static IResult Validation(IEnumerable<KeyValuePair<string, string>> fieldErrors, string detail) =>
        TypedResults.ValidationProblem(
            fieldErrors.GroupBy(e => e.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Value).ToArray(), StringComparer.Ordinal),
            detail,
            title: "Dữ liệu không hợp lệ");
}

/// <summary>
/// Under <c>/api</c>: gives every bodiless error (the 401/403 of the cookie handler and the password-change gate, the
/// 404 of the fallback, a malformed body's 400) a problem+json body, and turns an unhandled exception into a 500
/// problem without details of the exception.
/// </summary>
internal sealed class ApiProblemMiddleware(RequestDelegate next, ILogger<ApiProblemMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        if (!AccountPaths.IsApi(context.Request.Path))
        {
            await next(context);
            return;
        }

        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            // A malformed body or parameter (thrown instead of answered in Development).
            logger.LogDebug(e, "API {Method} {Path}: bad request", context.Request.Method, context.Request.Path);
            context.Response.Clear();
            context.Response.StatusCode = e.StatusCode;
        }
        catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(e, "API {Method} {Path} failed", context.Request.Method, context.Request.Path);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        }

        var response = context.Response;
        if (response.StatusCode >= 400 && !response.HasStarted && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType))
        {
            await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails { Status = response.StatusCode },
            });
        }
    }
}
