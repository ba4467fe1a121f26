using Microsoft.Extensions.Options;
using Thads.Host.Cli;
using Thads.Host.Database;
using Thads.Host.Startup;

namespace Thads.Host.Calendar;

/// <summary>
/// Gives a <c>calendar</c> command the services of the web application on the same database: the same registrations
/// and the same start-up tasks (data directory, migration, seeding), run before the command's first query.
/// </summary>
internal static class CalendarCliHost
{
    public static async Task<int> RunAsync(
        CliArguments args,
        TextWriter stderr,
        Func<IServiceProvider, CancellationToken, Task<int>> command,
        CancellationToken cancellationToken)
    {
        var configuration = CalendarCliConfiguration.Build(args);
        try
        {
            await using var services = BuildServices(configuration);
            // Reading the options runs their validators: a bad Database:Provider is reported by name, as at start-up.
            _ = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            await StartupTasks.RunAllAsync(services, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            return await command(scope.ServiceProvider, cancellationToken);
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or CliUsageException))
        {
            stderr.WriteLine($"calendar: {exception.Message}");
            return CliExitCodes.Failure;
        }
    }

    private static ServiceProvider BuildServices(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        // No log providers: stdout carries the command's result, and failures are reported by the command itself.
        services.AddLogging();
        services.AddThadsDatabase();
        services.AddThadsCalendar();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
