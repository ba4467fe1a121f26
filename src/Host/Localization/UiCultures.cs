using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Thads.Host.Localization;

/// <summary>
/// Vietnamese by default; English on request. The choice lives in the standard culture cookie, so it survives
/// sign-out and needs no account setting. Both cultures format dates and money the Vietnamese way (see <see cref="UiFormat"/>).
/// </summary>
public static class UiCultures
{
    public const string Vietnamese = "vi-VN";
    public const string English = "en";

    public static readonly string CookieName = CookieRequestCultureProvider.DefaultCookieName;

    public static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";

    public static RequestLocalizationOptions Options()
    {
        var options = new RequestLocalizationOptions()
            .SetDefaultCulture(Vietnamese)
            .AddSupportedCultures(Vietnamese, English)
            .AddSupportedUICultures(Vietnamese, English);
        // Cookie only: a browser's Accept-Language must not switch an officer's screen to English unasked.
        options.RequestCultureProviders = [new CookieRequestCultureProvider { CookieName = CookieName }];
        return options;
    }
}
