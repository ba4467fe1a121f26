using Thads.Enforcement.Cases;
using Thads.Host.Accounts;
using Thads.Host.Api;
using Thads.Host.Cases;
using Thads.Host.Cases.Api;

namespace Thads.Host.Attachments;

/// <summary>
/// <c>/api/cases/{id}/attachments</c>: list, upload (multipart, field <c>file</c>), download, delete (leaders). Like the
/// rest of the API it relies on the SameSite=Lax session cookie against cross-site posts, so no antiforgery token.
/// </summary>
public static class AttachmentApiEndpoints
{
    public static void MapAttachmentApi(this RouteGroupBuilder api)
    {
        var attachments = api.MapGroup("/cases/{id:int}/attachments").WithTags("Tệp đính kèm");

        attachments.MapGet("", ListAsync)
            .WithName("ListCaseAttachments")
            .WithSummary("Các tệp đính kèm của hồ sơ")
            .Produces<IReadOnlyList<AttachmentView>>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        attachments.MapPost("", UploadAsync)
            .RequireAuthorization(CasePolicies.Attach)
            .DisableAntiforgery()
            .WithName("UploadCaseAttachment")
            .WithSummary("Thêm một tệp vào hồ sơ (multipart/form-data, trường file)")
            .WithDescription("Nhận PDF, JPG, PNG, DOCX, XLSX (theo cấu hình Attachments:AllowedTypes), tối đa Attachments:MaxBytes. Loại tệp được xác định " +
                "theo nội dung và phải khớp đuôi tên tệp; tệp được quét virus trước khi lưu. 400 kèm errors.file khi bị từ chối (không lưu gì).")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<AttachmentView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        attachments.MapGet("/{attachmentId:int}", DownloadAsync)
            .WithName("DownloadCaseAttachment")
            .WithSummary("Tải một tệp đính kèm (Content-Disposition: attachment)")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        attachments.MapDelete("/{attachmentId:int}", DeleteAsync)
            .RequireAuthorization(ThadsPolicies.Leader)
            .WithName("DeleteCaseAttachment")
            .WithSummary("Xóa một tệp đính kèm (chỉ lãnh đạo đơn vị thụ lý hoặc đơn vị cấp trên; có ghi vết)")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(int id, HttpContext http, CaseGate gate, AttachmentDownloads downloads, CancellationToken cancellationToken)
    {
        var (access, _) = await gate.HeaderAsync(http.User, id, cancellationToken);
        return access != CaseAccess.Allowed
            ? CaseApiEndpoints.Refusal(access, id)
            : Results.Ok((await downloads.ListAsync(id, cancellationToken)).Select(CaseDossierMapper.Attachment).ToList());
    }

    private static async Task<IResult> UploadAsync(int id, HttpContext http, CaseGate gate, AttachmentUploader uploader, CancellationToken cancellationToken)
    {
        var (access, c) = await gate.HeaderAsync(http.User, id, cancellationToken);
        if (access != CaseAccess.Allowed)
        {
            return CaseApiEndpoints.Refusal(access, id);
        }

        var result = await uploader.UploadAsync(http, c!, ThadsUser.From(http.User)!.UserName, checkAntiforgery: false, cancellationToken);
        return result.Attachment is { } attachment
            ? Results.Created($"/api/cases/{id}/attachments/{attachment.Id}", CaseDossierMapper.Attachment(attachment))
            : ApiProblems.Validation([new(result.Field ?? AttachmentUploader.FileField, result.Error ?? "")], "Tệp không được nhận; chưa lưu gì.");
    }

    private static async Task<IResult> DownloadAsync(int id, int attachmentId, HttpContext http, CaseGate gate, AttachmentDownloads downloads, CancellationToken cancellationToken)
    {
        var (access, _) = await gate.HeaderAsync(http.User, id, cancellationToken);
        if (access != CaseAccess.Allowed)
        {
            return CaseApiEndpoints.Refusal(access, id);
        }

        return await downloads.FindAsync(id, attachmentId, cancellationToken) is { } attachment && downloads.Serve(http, attachment) is { } file
            ? file
            : ApiProblems.NotFound($"Hồ sơ {id} không có tệp đính kèm {attachmentId}.");
    }

    private static async Task<IResult> DeleteAsync(int id, int attachmentId, HttpContext http, CaseGate gate, AttachmentRemover remover, CancellationToken cancellationToken)
    {
        var (access, _) = await gate.HeaderAsync(http.User, id, cancellationToken);
        if (access != CaseAccess.Allowed)
        {
            return CaseApiEndpoints.Refusal(access, id);
        }

        try
        {
            await remover.RemoveAsync(id, attachmentId, ThadsUser.From(http.User)!.UserName, cancellationToken);
            return Results.NoContent();
        }
        catch (CaseValidationException refused) when (refused.Errors.Any(e => e.Field == "AttachmentId"))
        {
            return ApiProblems.NotFound(string.Join(" ", refused.Errors.Select(e => e.Message)));
        }
        catch (CaseValidationException refused)
        {
            return ApiProblems.Forbidden(string.Join(" ", refused.Errors.Select(e => e.Message)));
        }
    }
}
