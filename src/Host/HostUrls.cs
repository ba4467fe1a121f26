namespace Thads.Host;

/// <summary>Where the web server listens when the operator has not said.</summary>
internal static class HostUrls
{
    public const string Default = "http://127.0.0.1:5080";

    /// <summary>
    /// True when any setting that chooses listening addresses is present. <c>urls</c> carries
    /// ASPNETCORE_URLS, DOTNET_URLS, <c>--urls</c> and a "urls" key in appsettings.json alike.
    /// </summary>
    public static bool AreConfigured(IConfiguration configuration) =>
        HasValue(configuration, "urls")
        || HasValue(configuration, "http_ports")
        || HasValue(configuration, "https_ports")
        || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();

    private static bool HasValue(IConfiguration configuration, string key) =>
        !string.IsNullOrWhiteSpace(configuration[key]);
}
