using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Thads.Enforcement.Calendar;
using Thads.Enforcement.Statistics;
using Thads.Enforcement.Statistics.Definitions;
using Thads.Enforcement.Statistics.Engine;
using Thads.Host.Statistics;

namespace Thads.Host.Pages.Statistics;

/// <summary>
/// What every statistics page reads from its address (form, period, unit, rows, executor) and the access decision on
/// it, so each page shows exactly what the API would give the same user.
/// </summary>
public abstract class StatisticsPageModel(StatisticsAccess access, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "form")]
    public string Form { get; set; } = "06";

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "unit")]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true, Name = "rows")]
    public string? Rows { get; set; }

    [BindProperty(SupportsGet = true, Name = "executor")]
    public int? Executor { get; set; }

    public string? Problem { get; protected set; }

    public ReportRequest? ReportQuery { get; private set; }

    public FormKind FormKind => Form == "07" ? FormKind.Money : FormKind.Cases;

    public IReadOnlyList<StatUnit> Units { get; private set; } = [];

    protected StatisticsAccess Access => access;

    /// <summary>Resolves the request; sets <see cref="Problem"/> (and the status code) when refused.</summary>
    protected async Task<bool> ResolveAsync(CancellationToken cancellationToken)
    {
        Form = Form == "07" ? "07" : "06";
        if (string.IsNullOrWhiteSpace(To))
        {
            // The last month that is over: the report a statistician prepares at the start of a month.
            var today = VietnamTime.DateOf(time.GetUtcNow());
            To = today.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        }

        Units = await access.UnitsAsync(User, cancellationToken);
        if (!ReportPeriod.TryParse(To, out var period))
        {
            Problem = "Kỳ báo cáo phải là tháng dạng yyyy-MM.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return false;
        }

        var decision = await access.ForReportAsync(User, Unit, Executor, cancellationToken);
        if (!decision.Allowed)
        {
            Problem = decision.Problem;
            Response.StatusCode = decision.Status;
            return false;
        }

        Unit = decision.UnitCode;
        Executor = decision.ExecutorId;
        var grouping = Rows == "executors" || Executor is not null ? RowGrouping.Executors : Rows == "units" ? RowGrouping.Units : RowGrouping.Auto;
        ReportQuery = new ReportRequest(period, Unit, Executor, grouping);
        return true;
    }

    /// <summary>The query string of the current request with some values replaced.</summary>
    public string Query(string? form = null, string? row = null, string? column = null, int? page = null, string? unit = null)
    {
        var parts = new List<string> { "form=" + (form ?? Form), "to=" + Uri.EscapeDataString(To ?? string.Empty) };
        if ((unit ?? Unit) is { Length: > 0 } code)
        {
            parts.Add("unit=" + Uri.EscapeDataString(code));
        }

        if (!string.IsNullOrEmpty(Rows))
        {
            parts.Add("rows=" + Uri.EscapeDataString(Rows));
        }

        if (Executor is { } executor)
        {
            parts.Add("executor=" + executor.ToString(CultureInfo.InvariantCulture));
        }

        if (row is not null)
        {
            parts.Add("row=" + Uri.EscapeDataString(row));
        }

        if (column is not null)
        {
            parts.Add("column=" + Uri.EscapeDataString(column));
        }

        if (page is > 1)
        {
            parts.Add("page=" + page.Value.ToString(CultureInfo.InvariantCulture));
        }

        return string.Join("&", parts);
    }

    /// <summary>The API address of the current report in a format (the API takes the form in its path).</summary>
    public string ExportLink(string format)
    {
        var query = Query().Split('&').Where(p => !p.StartsWith("form=", StringComparison.Ordinal));
        return $"/api/statistics/reports/{Form}?{string.Join("&", query)}&format={format}";
    }

    public static string Cell(decimal? value, Measure measure) =>
        value is not { } v ? "—"
        : measure == Measure.Rate ? v.ToString("0.00", CultureInfo.GetCultureInfo("vi-VN"))
        : Thads.Host.Localization.UiFormat.Number((long)v);
}
