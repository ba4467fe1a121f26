namespace Thads.Host.Localization;

public static class LocalizationServiceCollectionExtensions
{
    public static IServiceCollection AddThadsLocalization(this IServiceCollection services)
    {
        services.AddSingleton<UiTranslations>();
        services.AddSingleton<UiText>();
        return services;
    }

    /// <summary>Sets the request culture from the cookie that the language switch (page <c>/Language</c>) writes.</summary>
    public static WebApplication UseThadsLocalization(this WebApplication app)
    {
        app.UseRequestLocalization(UiCultures.Options());
        return app;
    }
}
