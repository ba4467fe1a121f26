using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Thads.Host.Startup;
using Thads.Host.Tests.Support;

namespace Thads.Host.Tests.Startup;

public sealed class HealthEndpointTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Answers_ok_after_every_startup_task_ran_in_registration_order()
    {
        var journal = new ConcurrentQueue<string>();
        using var host = new ThadsHostFactory(services: services =>
        {
            services.AddSingleton<IStartupTask>(new RecordingStartupTask("migrate", journal));
            services.AddSingleton<IStartupTask>(new RecordingStartupTask("seed", journal));
        });
        var client = host.CreateClient();

        Assert.Equal(StartupStatus.Ready, await host.WaitForStartupAsync());
        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            """{"status":"ok","database":"ok","scheduler":"running","outbox":{"status":"ok","pending":0,"parked":0}}""",
            await response.Content.ReadAsStringAsync());
        Assert.Equal(["migrate", "seed"], journal);
    }

    [Fact]
    public async Task Answers_503_starting_while_a_startup_task_is_still_running()
    {
        var gate = new GateStartupTask();
        using var host = new ThadsHostFactory(services: services => services.AddSingleton<IStartupTask>(gate));
        var client = host.CreateClient();
        await gate.Entered.WaitAsync(Timeout);

        var whileRunning = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, whileRunning.StatusCode);
        Assert.Equal("""{"status":"starting"}""", await whileRunning.Content.ReadAsStringAsync());

        gate.Open();
        Assert.Equal(StartupStatus.Ready, await host.WaitForStartupAsync());
        var afterwards = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
    }

    [Fact]
    public async Task Answers_503_failed_and_logs_the_error_when_a_startup_task_throws()
    {
        var journal = new ConcurrentQueue<string>();
        using var host = new ThadsHostFactory(services: services =>
        {
            services.AddSingleton<IStartupTask>(new FailingStartupTask());
            services.AddSingleton<IStartupTask>(new RecordingStartupTask("after the failure", journal));
        });
        var client = host.CreateClient();

        Assert.Equal(StartupStatus.Failed, await host.WaitForStartupAsync());
        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("""{"status":"failed"}""", await response.Content.ReadAsStringAsync());
        var error = Assert.Single(host.Logs.Entries, entry => entry.Level == LogLevel.Error);
        Assert.Contains(nameof(FailingStartupTask), error.Message);
        Assert.Equal(FailingStartupTask.Reason, error.Exception?.Message);
        Assert.Empty(journal);
    }
}
