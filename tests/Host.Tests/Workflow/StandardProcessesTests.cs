using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Thads.Host.Database;
using Thads.Host.Startup;
using Thads.Host.Tests.Support;
using Thads.Workflows.Runtime;

namespace Thads.Host.Tests.Workflow;

public sealed class StandardProcessesTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("thads-standard-").FullName;

    private Dictionary<string, string> Settings => new()
    {
        [DatabaseOptions.ConnectionStringKey] = $"Data Source={Path.Combine(_directory, "thads.db")}",
        ["Mail:PickupDirectory"] = Path.Combine(_directory, "outbox"),
    };

    [Fact]
    public async Task The_standard_processes_are_deployed_on_start_and_a_restart_adds_no_versions()
    {
        string[] expected = ["thads-delegation", "thads-enforcement", "thads-exemption-review", "thads-handover", "thads-reverification"];
        await using (var first = new ThadsHostFactory(Settings, temporaryDatabase: false))
        {
            _ = first.Server;
            Assert.Equal(StartupStatus.Ready, await first.WaitForStartupAsync());
            var definitions = await first.Services.GetRequiredService<WorkflowEngine>().ListDefinitionsAsync();
            Assert.Equal(expected, definitions.Select(d => d.Key).Order());
            Assert.All(definitions, d => Assert.Equal(1, d.Version));
        }

        await using var second = new ThadsHostFactory(Settings, temporaryDatabase: false);
        _ = second.Server;
        Assert.Equal(StartupStatus.Ready, await second.WaitForStartupAsync());
        var again = await second.Services.GetRequiredService<WorkflowEngine>().ListDefinitionsAsync();
        Assert.Equal(expected, again.Select(d => d.Key).Order());
        Assert.All(again, d => Assert.Equal(1, d.Version));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Leftover temp files do not affect the result.
        }
    }
}
