namespace Thads.Host;

/// <summary>Chooses where appsettings.json (and other app files) are read from.</summary>
internal static class ContentRoot
{
    /// <summary>
    /// The application's own directory, unless a content root was given explicitly
    /// (WebApplicationFactory passes <c>--contentRoot</c>); null keeps the framework's choice.
    /// </summary>
    /// <remarks>
    /// <c>dotnet run --project src/Host</c> keeps the caller's working directory, and the framework's
    /// default content root is the working directory, so appsettings.json would silently not load.
    /// </remarks>
    public static string? Choose(IReadOnlyList<string> args) =>
        IsGivenExplicitly(args) ? null : AppContext.BaseDirectory;

    private static bool IsGivenExplicitly(IReadOnlyList<string> args) =>
        args.Any(arg => arg.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"));
}
