using System.Text.Json.Nodes;
using Thads.Host.Accounts;
using Thads.Host.Api;
using Thads.Host.Cases.Intake;
using Thads.Host.Cases.Timeline;
using Thads.Host.Localization;
using Thads.Workflows.Runtime;

namespace Thads.Host.Cases.Api;

/// <summary>
/// <c>/api/cases</c> beyond the list: one case with everything the case page shows (timeline included), the
/// timeline and the process picture alone, and intake. Scope by <see cref="CaseGate"/>; roles by <see cref="CasePolicies"/>.
/// </summary>
public static class CaseApiEndpoints
{
    public static void MapCaseDossierEndpoints(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Hồ sơ");

        cases.MapGet("/{id:int}", GetAsync)
            .WithName("GetCase")
            .WithSummary("Một hồ sơ: đương sự, nghĩa vụ, tiền, tài sản, trạng thái và lịch sử, cảnh báo, tệp, công việc đang mở, quy trình và dòng thời gian")
            .Produces<CaseDossierView>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapGet("/{id:int}/timeline", TimelineAsync)
            .WithName("GetCaseTimeline")
            .WithSummary("Dòng thời gian của hồ sơ: nhật ký quy trình và nhật ký thay đổi dữ liệu, theo thứ tự thời gian")
            .Produces<IReadOnlyList<TimelineEntry>>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapGet("/{id:int}/process.svg", PictureAsync)
            .WithName("GetCaseProcessPicture")
            .WithSummary("Sơ đồ quy trình của hồ sơ (SVG): bước đã xong tô xám, bước hiện tại đánh dấu")
            .Produces<string>(StatusCodes.Status200OK, "image/svg+xml")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapPost("", IntakeAsync)
            .RequireAuthorization(CasePolicies.Intake)
            .WithName("RegisterCase")
            .WithSummary("Thụ lý: vào sổ một bản án hoặc đơn yêu cầu và bắt đầu quy trình thi hành án")
            .WithDescription("Chỉ công chức thụ lý và lãnh đạo. Ngày dạng yyyy-MM-dd; intakePath = OnRequest | ExOfficio; role = Creditor | Debtor | Related; " +
                "kind (đương sự) = Person | Organisation; kind (nghĩa vụ) = CourtFee | Fine | Confiscation | OtherStateRevenue | Private; " +
                "debtorIndex/creditorIndex = vị trí trong parties, từ 0. 400 kèm errors theo trường (không lưu gì); 403 khi đơn vị ngoài phạm vi; " +
                "500 khi không bắt đầu được quy trình (hồ sơ không được vào sổ).")
            .Accepts<IntakeInput>("application/json")
            .Produces<IntakeResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status500InternalServerError);
    }

    private static async Task<IResult> GetAsync(int id, HttpContext http, CaseGate gate, CaseDossierReader reader, UiText ui, WorkflowEngine engine, CancellationToken cancellationToken)
    {
        var (access, c) = await gate.OpenAsync(http.User, id, cancellationToken);
        if (access != CaseAccess.Allowed)
        {
            return Refusal(access, id);
        }

        var text = CaseText.Vietnamese(ui);
        return Results.Ok(CaseDossierMapper.From(await reader.ReadAsync(c!, text, cancellationToken), text, engine.Clock.Now));
    }

    private static async Task<IResult> TimelineAsync(int id, HttpContext http, CaseGate gate, CaseDossierReader reader, UiText ui, CancellationToken cancellationToken)
    {
        var (access, c) = await gate.OpenAsync(http.User, id, cancellationToken);
        return access != CaseAccess.Allowed
            ? Refusal(access, id)
            : Results.Ok((await reader.ReadAsync(c!, CaseText.Vietnamese(ui), cancellationToken)).Timeline);
    }

    private static async Task<IResult> PictureAsync(int id, HttpContext http, CaseGate gate, CaseWorkflowReader workflows, UiText ui, CancellationToken cancellationToken)
    {
        var (access, c) = await gate.OpenAsync(http.User, id, cancellationToken);
        if (access != CaseAccess.Allowed)
        {
            return Refusal(access, id);
        }

        var picture = CaseDossierReader.ProcessPicture(await workflows.ReadAsync(c!, cancellationToken), CaseText.Vietnamese(ui));
        return picture is null
            ? ApiProblems.NotFound($"Hồ sơ {c!.CaseNumber} chưa có quy trình hoặc quy trình không có sơ đồ.")
            : Results.Text(picture, "image/svg+xml; charset=utf-8");
    }

    private static async Task<IResult> IntakeAsync(JsonObject body, HttpContext http, IntakeHandler intake, CancellationToken cancellationToken)
    {
        var errors = new List<KeyValuePair<string, string>>();
        var input = IntakeJson.Read(body, errors);
        if (errors.Count > 0)
        {
            return ApiProblems.Validation(errors, "Hồ sơ thụ lý có trường không hợp lệ; chưa lưu gì.");
        }

        var outcome = await intake.SubmitAsync(http.User, input, dropBlankRows: false, cancellationToken);
        if (outcome.UnitOutOfScope)
        {
            return ApiProblems.Forbidden(outcome.Errors.FirstOrDefault().Value ?? "Đơn vị thụ lý nằm ngoài phạm vi của bạn.");
        }

        if (outcome.Failure is { } failure)
        {
            return TypedResults.Problem(failure, statusCode: StatusCodes.Status500InternalServerError, title: ApiProblems.Title(StatusCodes.Status500InternalServerError));
        }

        if (outcome.Opened is not { } opened)
        {
            return ApiProblems.Validation(
                outcome.Errors.Select(e => new KeyValuePair<string, string>(IntakeJson.CamelCase(e.Key), e.Value)),
                "Hồ sơ thụ lý có trường không hợp lệ; chưa lưu gì.");
        }

        return Results.Created($"/api/cases/{opened.Case.Id}", new IntakeResponse(
            opened.Case.Id, opened.Case.CaseNumber, opened.Instance.Id,
            opened.Instance.OpenTasks.Select(t => new IntakeTask(t.Id, t.Name, $"/Tasks/{t.Id}")).ToList()));
    }

    internal static IResult Refusal(CaseAccess access, int id) => access == CaseAccess.NotFound
        ? ApiProblems.NotFound($"Không có hồ sơ {id}.")
        : ApiProblems.Forbidden("Hồ sơ này nằm ngoài phạm vi của bạn.");
}
