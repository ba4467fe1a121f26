using Thads.Host.Attachments;
using Thads.Host.Localization;

namespace Thads.Host.Cases;

public static class CaseApplicationExtensions
{
    /// <summary>
    /// The case pages' non-page endpoints: attachment upload, download and delete, and the process picture at full
    /// size (<c>/Cases/{id}/Process</c>). The API's are mapped with the API.
    /// </summary>
    public static WebApplication MapThadsCasePages(this WebApplication app)
    {
        app.MapAttachmentPages();
        app.MapGet("/Cases/{id:int}/Process", PictureAsync).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> PictureAsync(int id, HttpContext http, CaseGate gate, CaseWorkflowReader workflows, UiText ui, CancellationToken cancellationToken)
    {
        var (access, c) = await gate.OpenAsync(http.User, id, cancellationToken);
        if (access != CaseAccess.Allowed)
        {
            return Results.Text(access == CaseAccess.NotFound ? "Không tìm thấy hồ sơ." : "Không có quyền truy cập hồ sơ này.",
                "text/plain; charset=utf-8", statusCode: access == CaseAccess.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status403Forbidden);
        }

        var picture = CaseDossierReader.ProcessPicture(await workflows.ReadAsync(c!, cancellationToken), new CaseText(ui, vietnameseOnly: false));
        return picture is null
            ? Results.Text("Hồ sơ chưa có quy trình.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound)
            : Results.Text(picture, "image/svg+xml; charset=utf-8");
    }
}
