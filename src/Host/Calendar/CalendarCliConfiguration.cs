using Thads.Host.Cli;

namespace Thads.Host.Calendar;

/// <summary>
/// The configuration CLI commands read, in the web application's order: appsettings.json next to the Host
/// assembly, appsettings.{environment}.json, environment variables (<c>ConnectionStrings__Thads</c>), then options
/// written as configuration keys on the command line (<c>--ConnectionStrings:Thads "Data Source=…"</c>), the way
/// <c>--Database:Provider</c> works for the web application.
/// </summary>
internal static class CalendarCliConfiguration
{
    public static IConfiguration Build(CliArguments args)
    {
        var environment = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? Environments.Production;
        return new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, $"appsettings.{environment}.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(Overrides(args))
            .Build();
    }

    /// <summary>A configuration key always has a ':' and a command option never does, so they cannot be confused.</summary>
    public static bool IsConfigurationKey(string optionName) => optionName.Contains(':', StringComparison.Ordinal);

    private static IEnumerable<KeyValuePair<string, string?>> Overrides(CliArguments args) =>
        args.OptionNames
            .Where(IsConfigurationKey)
            .Select(name => new KeyValuePair<string, string?>(
                name, args.GetOption(name) ?? throw new CliUsageException($"--{name} needs a value.")));
}
