using System.Globalization;

namespace Thads.Enforcement.Legal;

/// <summary>
/// Dates and amounts in messages, independent of the current culture: "/" in a .NET format string is the culture's
/// date separator, and Vietnamese legal texts write 01/07/2026 and 2.000.000 đồng whatever the server's locale.
/// </summary>
public static class LegalText
{
    /// <summary>"01/07/2026", the way Vietnamese decisions write dates.</summary>
    public static string Date(DateOnly date) => date.ToString("dd'/'MM'/'yyyy", CultureInfo.InvariantCulture);

    /// <summary>"2026-07-01", for machine-readable output.</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"2.000.000 đồng": thousands separated by dots, as in the statute.</summary>
    public static string Vnd(decimal amount) =>
        amount.ToString("#,0.##", CultureInfo.InvariantCulture).Replace(',', '.') + " đồng";
}
