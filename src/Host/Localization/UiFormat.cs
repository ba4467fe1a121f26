using System.Globalization;

namespace Thads.Host.Localization;

/// <summary>
/// Dates as dd/MM/yyyy and money as <c>1.234.567 đ</c> in every language: these are legal records, and an English
/// screen must show the same figures as the paper register.
/// </summary>
public static class UiFormat
{
    private static readonly CultureInfo VietnameseNumbers = CultureInfo.GetCultureInfo(UiCultures.Vietnamese);
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } value ? Date(value) : "—";

    /// <summary>A moment in Vietnam time (UTC+7, no daylight saving).</summary>
    public static string DateTime(DateTimeOffset moment) =>
        moment.ToOffset(VietnamOffset).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset? moment) => moment is { } value ? DateTime(value) : "—";

    public static string Money(decimal amount) => amount.ToString("#,0", VietnameseNumbers) + " đ";

    public static string Money(decimal? amount) => amount is { } value ? Money(value) : "—";

    public static string Number(long value) => value.ToString("#,0", VietnameseNumbers);
}
