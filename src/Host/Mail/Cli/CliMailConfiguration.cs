namespace Thads.Host.Mail.Cli;

/// <summary>The configuration a CLI command sees: appsettings.json beside the executable, then environment variables.</summary>
/// <remarks>
/// The same sources and order as the web application (minus its command line, which here holds the command),
/// so <c>Mail__Smtp__Host=… mail test</c> tests exactly what the running application would use.
/// </remarks>
internal static class CliMailConfiguration
{
    public static IConfiguration Load() =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
}
