using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Thads.Enforcement.Cases;
using Thads.Host.Accounts;
using Thads.Host.Cases;

namespace Thads.Host.Attachments;

/// <summary>
/// The case page's attachment actions, for a browser without JavaScript: the upload form and the delete button post
/// here and come back to the case page with a message; the download link serves the file. Outside <c>/api</c>, so an
/// expired session goes to the login page. Scope is checked on every request by <see cref="CaseGate"/>.
/// </summary>
public static class AttachmentPageEndpoints
{
    public const string MessageKey = "CaseMessage";
    public const string ErrorKey = "CaseError";

    public static IEndpointRouteBuilder MapAttachmentPages(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/Cases/{id:int}/Attachments").RequireAuthorization().ExcludeFromDescription();
        group.MapPost("", UploadAsync).RequireAuthorization(CasePolicies.Attach).DisableAntiforgery();
        group.MapGet("/{attachmentId:int}", DownloadAsync);
        group.MapPost("/{attachmentId:int}/Delete", DeleteAsync).RequireAuthorization(ThadsPolicies.Leader).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> UploadAsync(
        int id, HttpContext http, CaseGate gate, AttachmentUploader uploader, ITempDataDictionaryFactory tempData, CancellationToken cancellationToken)
    {
        var (access, c) = await gate.HeaderAsync(http.User, id, cancellationToken);
        if (access != CaseAccess.Allowed)
        {
            return Refusal(access);
        }

        var result = await uploader.UploadAsync(http, c!, ThadsUser.From(http.User)!.UserName, checkAntiforgery: true, cancellationToken);
        if (result.BadToken)
        {
            return Results.Text(result.Error, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        var temp = tempData.GetTempData(http);
        temp[result.Attachment is null ? ErrorKey : MessageKey] = result.Attachment is null
            ? result.Error
            : $"Đã thêm tệp \"{result.Attachment.FileName}\".";
        temp.Save();
        return Results.Redirect($"/Cases/{id}#tep-dinh-kem");
    }

    private static async Task<IResult> DownloadAsync(
        int id, int attachmentId, HttpContext http, CaseGate gate, AttachmentDownloads downloads, CancellationToken cancellationToken)
    {
        var (access, _) = await gate.HeaderAsync(http.User, id, cancellationToken);
        if (access != CaseAccess.Allowed)
        {
            return Refusal(access);
        }

        return await downloads.FindAsync(id, attachmentId, cancellationToken) is { } attachment && downloads.Serve(http, attachment) is { } file
            ? file
            : Refusal(CaseAccess.NotFound);
    }

    private static async Task<IResult> DeleteAsync(
        int id, int attachmentId, HttpContext http, CaseGate gate, AttachmentRemover remover, IAntiforgery antiforgery,
        ITempDataDictionaryFactory tempData, CancellationToken cancellationToken)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Results.Text("Phiên làm việc của biểu mẫu đã hết hạn; vui lòng tải lại trang.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        var (access, _) = await gate.HeaderAsync(http.User, id, cancellationToken);
        if (access != CaseAccess.Allowed)
        {
            return Refusal(access);
        }

        var temp = tempData.GetTempData(http);
        try
        {
            var removed = await remover.RemoveAsync(id, attachmentId, ThadsUser.From(http.User)!.UserName, cancellationToken);
            temp[MessageKey] = $"Đã xóa tệp \"{removed.FileName}\".";
        }
        catch (CaseValidationException refused)
        {
            temp[ErrorKey] = string.Join(" ", refused.Errors.Select(e => e.Message));
        }

        temp.Save();
        return Results.Redirect($"/Cases/{id}#tep-dinh-kem");
    }

    private static IResult Refusal(CaseAccess access) => access == CaseAccess.NotFound
        ? Results.Text("Không tìm thấy hồ sơ hoặc tệp.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound)
        : Results.Text("Không có quyền truy cập hồ sơ này.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
}
