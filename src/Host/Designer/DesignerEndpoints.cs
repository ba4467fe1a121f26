using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Thads.Activities;
using Thads.Host.Accounts;
using Thads.Host.Api;
using Thads.Workflows.Activities;
using Thads.Workflows.Runtime;

namespace Thads.Host.Designer;

/// <summary>
/// <c>/api/admin/workflows</c>: what the designer and the process monitor call. Administrators only; everyone else
/// gets 403 (401 when not signed in), as problem+json.
/// </summary>
internal static partial class DesignerEndpoints
{
    public const string Prefix = "/api/admin/workflows";

    private static readonly Lazy<string> TemplatesVi = new(() => ElementTemplateExporter.Export(ThadsActivityCatalog.CreateRegistry().Descriptors, "vi"));
    private static readonly Lazy<string> TemplatesEn = new(() => ElementTemplateExporter.Export(ThadsActivityCatalog.CreateRegistry().Descriptors, "en"));

    public static void MapDesignerEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix)
            .RequireAuthorization(ApiPolicies.Staff, ThadsPolicies.Administrator)
            .WithMetadata(ThadsApiMarker.Instance)
            .WithTags("Thiết kế quy trình");

        group.MapGet("", (WorkflowCatalog catalog, CancellationToken ct) => catalog.ListAsync(ct))
            .WithName("ListWorkflows")
            .WithSummary("Các quy trình đã triển khai, mỗi quy trình với các phiên bản và số hồ sơ đang chạy theo phiên bản");

        group.MapGet("/element-templates", (string? lang) => Results.Text(lang == "en" ? TemplatesEn.Value : TemplatesVi.Value, "application/json; charset=utf-8"))
            .WithName("ElementTemplates")
            .WithSummary("Mẫu phần tử (element templates) của các hoạt động THADS cho trình thiết kế; lang=vi (mặc định) hoặc en");

        group.MapGet("/incidents", (InstanceMonitor monitor, CancellationToken ct) => monitor.OpenIncidentsAsync(ct))
            .WithName("ListIncidents")
            .WithSummary("Các sự cố chưa xử lý (bước bị lỗi), mới nhất trước");

        group.MapPost("/incidents/{id:guid}/retry", RetryAsync)
            .WithName("RetryIncident")
            .WithSummary("Chạy lại bước bị lỗi của một sự cố");

        group.MapGet("/instances/{id:guid}", async (Guid id, InstanceMonitor monitor, CancellationToken ct) =>
                await monitor.ViewAsync(id, ct) is { } view ? Results.Ok(view) : ApiProblems.NotFound($"Không có phiên bản chạy (instance) {id}."))
            .WithName("GetWorkflowInstance")
            .WithSummary("Một hồ sơ đang chạy trên sơ đồ: bước đã xong, vị trí hiện tại, công việc đang mở, sự cố");

        group.MapGet("/forms", (DesignerForms forms, CancellationToken ct) => forms.KeysAsync(ct))
            .WithName("ListForms")
            .WithSummary("Các mã biểu mẫu (form key) hiện có");

        group.MapGet("/forms/{formKey}", async (string formKey, DesignerForms forms, CancellationToken ct) =>
                await forms.LatestAsync(formKey, ct) is { } form ? Results.Ok(form) : ApiProblems.NotFound($"Không có biểu mẫu '{formKey}'."))
            .WithName("GetForm")
            .WithSummary("Biểu mẫu form-js mới nhất của một mã biểu mẫu");

        group.MapGet("/{key}", GetVersionsAsync)
            .WithName("ListWorkflowVersions")
            .WithSummary("Lịch sử phiên bản của một quy trình, mới nhất trước");

        group.MapGet("/{key}/versions/{version:int}", async (string key, int version, WorkflowCatalog catalog, CancellationToken ct) =>
                await catalog.FindAsync(key, version, ct) is { } detail ? Results.Ok(detail) : ApiProblems.NotFound($"Quy trình '{key}' không có phiên bản {version}."))
            .WithName("GetWorkflowVersion")
            .WithSummary("Một phiên bản với sơ đồ BPMN");

        group.MapGet("/{key}/latest", async (string key, WorkflowCatalog catalog, CancellationToken ct) =>
                await catalog.FindAsync(key, null, ct) is { } detail ? Results.Ok(detail) : ApiProblems.NotFound($"Không có quy trình '{key}'."))
            .WithName("GetLatestWorkflowVersion")
            .WithSummary("Phiên bản mới nhất với sơ đồ BPMN");

        group.MapGet("/{key}/instances", async (string key, int? version, InstanceStatus? status, InstanceMonitor monitor, CancellationToken ct) =>
                await monitor.ListAsync(key, version, status, ct))
            .WithName("ListWorkflowInstances")
            .WithSummary($"Các hồ sơ chạy trên quy trình (lọc theo phiên bản, trạng thái), mới nhất trước, tối đa 200");

        group.MapPost("/{key}/validate", ValidateAsync)
            .WithName("ValidateWorkflow")
            .WithSummary("Kiểm tra thử việc triển khai (không lưu gì): các lỗi theo phần tử");

        group.MapPost("/{key}/publish", PublishAsync)
            .WithName("PublishWorkflow")
            .WithSummary("Xuất bản sơ đồ thành phiên bản mới kèm ghi chú; sơ đồ có lỗi bị từ chối (422) và không lưu gì")
            .WithDescription("409 khi đã có phiên bản mới hơn baseVersion. Hồ sơ đang chạy giữ phiên bản cũ; hồ sơ mới chạy phiên bản mới.");

        group.MapGet("/{key}/draft", async (string key, HttpContext http, DesignerDrafts drafts, CancellationToken ct) =>
                await drafts.FindAsync(UserName(http), key, ct) is { } draft ? Results.Ok(draft) : ApiProblems.NotFound("Chưa có bản nháp."))
            .WithName("GetWorkflowDraft")
            .WithSummary("Bản nháp tự lưu của tôi cho quy trình này");

        group.MapPut("/{key}/draft", SaveDraftAsync)
            .WithName("SaveWorkflowDraft")
            .WithSummary("Tự lưu bản nháp (ghi đè bản nháp trước của tôi)");

        group.MapDelete("/{key}/draft", async (string key, HttpContext http, DesignerDrafts drafts, CancellationToken ct) =>
                await drafts.DeleteAsync(UserName(http), key, ct) ? Results.NoContent() : ApiProblems.NotFound("Chưa có bản nháp."))
            .WithName("DeleteWorkflowDraft")
            .WithSummary("Bỏ bản nháp của tôi");
    }

    private static async Task<IResult> GetVersionsAsync(string key, WorkflowCatalog catalog, CancellationToken ct)
    {
        var versions = await catalog.VersionsOfAsync(key, ct);
        return versions.Count == 0 ? ApiProblems.NotFound($"Không có quy trình '{key}'.") : Results.Ok(versions);
    }

    private static async Task<IResult> ValidateAsync(string key, [FromBody] PublishRequest request, WorkflowPublisher publisher, CancellationToken ct)
    {
        if (MissingXml(request.Xml) is { } missing)
        {
            return missing;
        }

        return Results.Ok(await publisher.ValidateAsync(key, request.Xml!, request.Forms, ct));
    }

    private static async Task<IResult> PublishAsync(string key, [FromBody] PublishRequest request, HttpContext http, WorkflowPublisher publisher, CancellationToken ct)
    {
        if (MissingXml(request.Xml) is { } missing)
        {
            return missing;
        }

        if (!KeyPattern().IsMatch(key))
        {
            return ApiProblems.Validation([new("key", "Mã quy trình chỉ gồm chữ, số, dấu gạch ngang, gạch dưới và dấu chấm.")], "Mã quy trình không hợp lệ.");
        }

        if (string.IsNullOrWhiteSpace(request.Comment) || request.Comment.Length > Data.PublicationRow.MaxCommentLength)
        {
            return ApiProblems.Validation(
                [new("comment", $"Nhập ghi chú xuất bản (lý do thay đổi), tối đa {Data.PublicationRow.MaxCommentLength} ký tự.")],
                "Thiếu ghi chú xuất bản.");
        }

        var outcome = await publisher.PublishAsync(key, request, UserName(http), ct);
        if (outcome.NewerVersion is { } newer)
        {
            return ApiProblems.Conflict($"Đã có phiên bản {newer} mới hơn phiên bản {request.BaseVersion} bạn đang sửa. Mở phiên bản mới nhất rồi sửa lại.");
        }

        if (outcome.Refused is { } refused)
        {
            return Results.Problem(
                detail: $"Sơ đồ còn {refused.Problems.Count} lỗi nên không được xuất bản; không có gì được lưu.",
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "Sơ đồ không hợp lệ",
                extensions: new Dictionary<string, object?> { ["problems"] = refused.Problems });
        }

        var published = outcome.Published!;
        return Results.Created($"{Prefix}/{key}/versions/{published.Version}", published);
    }

    private static async Task<IResult> SaveDraftAsync(string key, [FromBody] DraftRequest request, HttpContext http, DesignerDrafts drafts, CancellationToken ct)
    {
        if (MissingXml(request.Xml) is { } missing)
        {
            return missing;
        }

        if (request.Xml!.Length > DesignerDrafts.MaxXmlLength)
        {
            return ApiProblems.Validation([new("xml", "Sơ đồ quá lớn để lưu nháp.")], "Sơ đồ quá lớn.");
        }

        return Results.Ok(await drafts.SaveAsync(UserName(http), key, request, ct));
    }

    private static async Task<IResult> RetryAsync(Guid id, HttpContext http, InstanceMonitor monitor, CancellationToken ct)
    {
        try
        {
            await monitor.RetryAsync(id, UserName(http), ct);
            return Results.NoContent();
        }
        catch (WorkflowNotFoundException)
        {
            return ApiProblems.NotFound($"Không có sự cố {id}.");
        }
        catch (WorkflowConflictException)
        {
            return ApiProblems.Conflict("Sự cố này đã được xử lý.");
        }
    }

    private static IResult? MissingXml(string? xml) => string.IsNullOrWhiteSpace(xml)
        ? ApiProblems.Validation([new("xml", "Thiếu sơ đồ BPMN (xml).")], "Thiếu sơ đồ.")
        : null;

    private static string UserName(HttpContext http) => http.User.Identity?.Name ?? "";

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_.\-]{0,127}$")]
    private static partial Regex KeyPattern();
}
