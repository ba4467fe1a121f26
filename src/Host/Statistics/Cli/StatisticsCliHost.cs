using Microsoft.Extensions.Options;
using Thads.Enforcement.Statistics;
using Thads.Host.Calendar;
using Thads.Host.Cli;
using Thads.Host.Database;
using Thads.Host.Startup;

namespace Thads.Host.Statistics.Cli;

/// <summary>
/// Gives the <c>import</c>, <c>report</c> and <c>demo</c> commands the web application's services on the same
/// database (configuration, migrations), as <see cref="CalendarCliHost"/> does for the calendar commands. A request
/// the statistics refuse (unknown unit, bad period…) is printed as its Vietnamese message with exit code 1.
/// </summary>
internal static class StatisticsCliHost
{
    public static async Task<int> RunAsync(
        CliArguments args, TextWriter stderr, Func<IServiceProvider, CancellationToken, Task<int>> command, CancellationToken cancellationToken)
    {
        var configuration = CalendarCliConfiguration.Build(args);
        try
        {
            await using var services = BuildServices(configuration);
            _ = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            await StartupTasks.RunAllAsync(services, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            return await command(scope.ServiceProvider, cancellationToken);
        }
        catch (StatisticsRequestException exception)
        {
            stderr.WriteLine($"{exception.Field}: {exception.Message}");
            return CliExitCodes.Failure;
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or CliUsageException))
        {
            stderr.WriteLine($"statistics: {exception.Message}");
            return CliExitCodes.Failure;
        }
    }

    private static ServiceProvider BuildServices(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging();
        services.AddThadsDatabase();
        services.AddThadsCalendar();
        services.AddThadsStatistics();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
