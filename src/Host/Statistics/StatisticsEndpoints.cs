using System.Globalization;
using System.Security.Claims;
using Thads.Enforcement.Statistics;
using Thads.Enforcement.Statistics.Closing;
using Thads.Enforcement.Statistics.Dashboard;
using Thads.Enforcement.Statistics.Definitions;
using Thads.Enforcement.Statistics.Engine;
using Thads.Enforcement.Statistics.Export;
using Thads.Enforcement.Statistics.Reconciliation;
using Thads.Host.Accounts;
using Thads.Host.Api;

namespace Thads.Host.Statistics;

/// <summary>
/// <c>/api/statistics</c>: the 06/07 reports (JSON, CSV, XLSX), the cases behind a cell, period closing, the
/// reconciliation with traditional reports and the dashboard data. Every endpoint is authorised by role
/// (<see cref="StatisticsPolicies"/>) and by unit (<see cref="StatisticsAccess"/>).
/// </summary>
public static class StatisticsEndpoints
{
    public static WebApplication MapThadsStatistics(this WebApplication app)
    {
        var api = app.MapGroup("/api/statistics")
            .RequireAuthorization(ApiPolicies.Staff, StatisticsPolicies.Reader)
            .WithMetadata(ThadsApiMarker.Instance)
            .WithTags("Thống kê");

        api.MapGet("/reports/{form}", ReportAsync)
            .WithName("StatisticsReport")
            .WithSummary("Biểu 06/TK-THA (việc) hoặc 07/TK-THA (tiền, nghìn đồng), lũy kế từ 01/10 đến hết tháng 'to'")
            .WithDescription("form = 06 | 07; to = yyyy-MM; unit = mã đơn vị (mặc định: đơn vị của người dùng); executor = id chấp hành viên; " +
                "rows = units | executors; format = json | csv | xlsx. Kỳ đã chốt trả về bản chụp đã lưu, giống hệt từng byte.");
        api.MapGet("/reports/{form}/cells", CellAsync)
            .WithName("StatisticsCell")
            .WithSummary("Danh sách việc tạo nên một ô của biểu (với biểu tiền: số tiền của từng việc)")
            .Produces<DrillDownView>();
        api.MapGet("/closings", ClosingsAsync)
            .WithName("StatisticsClosings")
            .WithSummary("Các kỳ đã chốt số liệu của một đơn vị");
        api.MapPost("/closings", CloseAsync)
            .RequireAuthorization(StatisticsPolicies.Closer)
            .WithName("StatisticsClose")
            .WithSummary("Chốt số liệu một kỳ của đơn vị (Thủ trưởng, Phó Thủ trưởng)");
        api.MapGet("/reconciliation/{form}", ReconciliationAsync)
            .WithName("StatisticsReconciliation")
            .WithSummary("So sánh số liệu phần mềm với báo cáo truyền thống theo đơn vị và chỉ tiêu");
        api.MapGet("/dashboard", DashboardAsync)
            .WithName("StatisticsDashboard")
            .WithSummary("Tỷ lệ thi hành xong theo đơn vị, xu hướng theo tháng, có/chưa có điều kiện, độ kịp thời nhập liệu");
        return app;
    }

    private static async Task<IResult> ReportAsync(
        string form, string? to, string? unit, int? executor, string? rows, string? format, ClaimsPrincipal user,
        StatisticsAccess access, StatisticsReports reports, CancellationToken cancellationToken)
    {
        var (request, kind, problem) = await ParseAsync(form, to, unit, executor, rows, user, access, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var output = ReportFormat.Json;
        if (format is not null && !ReportFormats.TryParse(format, out output))
        {
            return ApiProblems.Validation([new("format", "Định dạng phải là json, csv hoặc xlsx.")], "Tham số không hợp lệ.");
        }

        try
        {
            var result = await reports.GetAsync(kind, request!, cancellationToken);
            var bytes = output == ReportFormat.Json ? result.Json : ReportFormats.Write(result.Report, output);
            var name = $"bieu-{form}-{result.Report.Scope.UnitCode ?? "toan-quoc"}-{request!.Period.Key}.{ReportFormats.Extension(output)}";
            return output == ReportFormat.Json ? Results.Bytes(bytes, ReportFormats.ContentType(output)) : Results.File(bytes, ReportFormats.ContentType(output), name);
        }
        catch (StatisticsRequestException e)
        {
            return ApiProblems.Validation([new(e.Field, e.Message)], e.Message);
        }
    }

    private static async Task<IResult> CellAsync(
        string form, string? to, string? unit, int? executor, string? rows, string? row, string? column, int? page, int? pageSize,
        ClaimsPrincipal user, StatisticsAccess access, DrillDown drillDown, CancellationToken cancellationToken)
    {
        var (request, kind, problem) = await ParseAsync(form, to, unit, executor, rows, user, access, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (string.IsNullOrWhiteSpace(row) || string.IsNullOrWhiteSpace(column))
        {
            return ApiProblems.Validation([new("row", "Cần tham số row (mã dòng) và column (số cột).")], "Tham số không hợp lệ.");
        }

        try
        {
            var result = await drillDown.ListAsync(kind, request!, row.Trim(), column.Trim(), page ?? 1, pageSize ?? 200, cancellationToken);
            return Results.Ok(DrillDownView.From(result));
        }
        catch (StatisticsRequestException e)
        {
            return ApiProblems.Validation([new(e.Field, e.Message)], e.Message);
        }
    }

    private static async Task<IResult> ClosingsAsync(string? unit, ClaimsPrincipal user, StatisticsAccess access, PeriodClosingService closings,
        Microsoft.EntityFrameworkCore.IDbContextFactory<Thads.Enforcement.Data.ThadsDbContext> contexts, CancellationToken cancellationToken)
    {
        var decision = await access.ForReportAsync(user, unit, null, cancellationToken);
        if (!decision.Allowed)
        {
            return Refuse(decision);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var unitId = (await StatUnitTree.LoadAsync(db, cancellationToken)).Find(decision.UnitCode!)!.Id;
        var list = await closings.ListAsync(unitId, cancellationToken);
        return Results.Ok(list.Select(c => ClosingView.From(c, decision.UnitCode!)).ToList());
    }

    private static async Task<IResult> CloseAsync(CloseRequest body, ClaimsPrincipal user, StatisticsAccess access, PeriodClosingService closings, CancellationToken cancellationToken)
    {
        var decision = await access.ForClosingAsync(user, body.Unit, cancellationToken);
        if (!decision.Allowed)
        {
            return Refuse(decision);
        }

        if (!ReportPeriod.TryParse(body.To, out var period))
        {
            return ApiProblems.Validation([new("to", "Kỳ báo cáo phải là tháng dạng yyyy-MM.")], "Tham số không hợp lệ.");
        }

        try
        {
            var closing = await closings.CloseAsync(decision.UnitCode!, period, ThadsUser.From(user)!.UserName, cancellationToken);
            return Results.Created($"/api/statistics/reports/06?unit={Uri.EscapeDataString(decision.UnitCode!)}&to={period.Key}", ClosingView.From(closing, decision.UnitCode!));
        }
        catch (StatisticsRequestException e)
        {
            return e.Field == "leader" ? ApiProblems.Forbidden(e.Message) : ApiProblems.Conflict(e.Message);
        }
    }

    private static async Task<IResult> ReconciliationAsync(string form, string? to, string? unit, ClaimsPrincipal user, StatisticsAccess access,
        ReconciliationService reconciliation, CancellationToken cancellationToken)
    {
        var (request, kind, problem) = await ParseAsync(form, to, unit, null, null, user, access, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (request!.ExecutorId is not null)
        {
            return ApiProblems.Forbidden("Đối chiếu theo đơn vị dành cho công chức thống kê và lãnh đạo.");
        }

        return Results.Ok(await reconciliation.CompareAsync(kind, request, cancellationToken));
    }

    private static async Task<IResult> DashboardAsync(string? to, string? unit, ClaimsPrincipal user, StatisticsAccess access, StatisticsDashboard dashboard, CancellationToken cancellationToken)
    {
        var (request, _, problem) = await ParseAsync("06", to, unit, null, null, user, access, cancellationToken);
        return problem ?? Results.Ok(await dashboard.ComputeAsync(request!, cancellationToken));
    }

    /// <summary>Validates the common parameters and applies the access rule; a problem result when refused.</summary>
    internal static async Task<(ReportRequest? Request, FormKind Form, IResult? Problem)> ParseAsync(
        string form, string? to, string? unit, int? executor, string? rows, ClaimsPrincipal user, StatisticsAccess access, CancellationToken cancellationToken)
    {
        var errors = new List<KeyValuePair<string, string>>();
        FormKind kind = form switch { "06" => FormKind.Cases, "07" => FormKind.Money, _ => (FormKind)(-1) };
        if ((int)kind < 0)
        {
            errors.Add(new("form", "Biểu phải là 06 (việc) hoặc 07 (tiền)."));
        }

        if (!ReportPeriod.TryParse(to, out var period))
        {
            errors.Add(new("to", "Kỳ báo cáo phải là tháng dạng yyyy-MM (báo cáo lũy kế từ 01/10 đến hết tháng đó)."));
        }

        var grouping = rows switch
        {
            null or "" => RowGrouping.Auto,
            "units" => RowGrouping.Units,
            "executors" => RowGrouping.Executors,
            _ => (RowGrouping)(-1),
        };
        if ((int)grouping < 0)
        {
            errors.Add(new("rows", "rows phải là units hoặc executors."));
        }

        if (errors.Count > 0)
        {
            return (null, kind, ApiProblems.Validation(errors, "Tham số báo cáo không hợp lệ."));
        }

        var decision = await access.ForReportAsync(user, unit, executor, cancellationToken);
        if (!decision.Allowed)
        {
            return (null, kind, Refuse(decision));
        }

        return (new ReportRequest(period, decision.UnitCode, decision.ExecutorId, decision.ExecutorId is null ? grouping : RowGrouping.Executors), kind, null);
    }

    private static IResult Refuse(StatisticsAccessResult decision) =>
        decision.Status == StatusCodes.Status404NotFound ? ApiProblems.NotFound(decision.Problem!) : ApiProblems.Forbidden(decision.Problem!);
}
