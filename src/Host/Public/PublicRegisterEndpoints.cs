using System.Globalization;
using System.Text;
using Thads.Enforcement.PublicRegister;

namespace Thads.Host.Public;

/// <summary>
/// The public, read-only feed of debtors without conditions (Art. 44a; published on the THADS portal): JSON and
/// CSV, no sign-in, exactly the published fields.
/// </summary>
public static class PublicRegisterEndpoints
{
    public const string JsonPath = "/api/public/debtors-without-conditions";
    public const string CsvPath = "/api/public/debtors-without-conditions.csv";

    public static IServiceCollection AddThadsPublicRegister(this IServiceCollection services) =>
        services.AddSingleton<PublicDebtorRegister>();

    public static IEndpointRouteBuilder MapThadsPublicRegister(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(JsonPath, async (string? search, PublicDebtorRegister register, CancellationToken cancellationToken) =>
                Results.Ok(await register.ListAsync(search, cancellationToken)))
            .AllowAnonymous()
            .WithTags("Công khai");
        endpoints.MapGet(CsvPath, async (string? search, PublicDebtorRegister register, CancellationToken cancellationToken) =>
                Results.Text(Csv(await register.ListAsync(search, cancellationToken)), "text/csv; charset=utf-8", Encoding.UTF8))
            .AllowAnonymous()
            .WithTags("Công khai");
        return endpoints;
    }

    private static string Csv(IReadOnlyList<PublicDebtorEntry> entries)
    {
        var csv = new StringBuilder("Người phải thi hành án,Địa chỉ,Nghĩa vụ,Số tiền còn phải thi hành (đồng),Cơ quan thi hành án,Số quyết định,Ngày quyết định\r\n");
        foreach (var e in entries)
        {
            csv.Append(Field(e.DebtorName)).Append(',')
                .Append(Field(e.Address)).Append(',')
                .Append(Field(e.Obligation)).Append(',')
                .Append(e.RemainingAmount.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Field(e.EnforcingAgency)).Append(',')
                .Append(Field(e.DecisionNumber)).Append(',')
                .Append(e.DecisionDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>RFC 4180 quoting; a leading formula character is neutralised so a spreadsheet never runs it.</summary>
    private static string Field(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal))
        {
            text = "'" + text;
        }

        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
