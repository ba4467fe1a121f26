using System.Globalization;

namespace Thads.Host.Localization;

/// <summary>
/// The text of the UI in the reader's language. Pages write the Vietnamese text itself as the key
/// (<c>@T["Hộp công việc"]</c>), so a page reads naturally in the source and Vietnamese needs no table;
/// other languages look the key up in their table and fall back to Vietnamese when a text is missing,
/// which a test over every page's keys turns into a failure.
/// </summary>
public sealed class UiText(UiTranslations translations)
{
    public string this[string vietnamese] => Translate(vietnamese, CultureInfo.CurrentUICulture);

    /// <summary>A text with <c>{0}</c>-style holes, filled after translation.</summary>
    public string this[string vietnamese, params object?[] values] =>
        string.Format(CultureInfo.CurrentCulture, Translate(vietnamese, CultureInfo.CurrentUICulture), values);

    public bool IsEnglish => UiCultures.IsEnglish(CultureInfo.CurrentUICulture);

    public string Translate(string vietnamese, CultureInfo culture) =>
        UiCultures.IsEnglish(culture) ? translations.English(vietnamese) ?? vietnamese : vietnamese;
}
