using Thads.Host.Cli;

namespace Thads.Host.Tests.Statistics;

/// <summary>
/// A SQLite file with the synthetic national organisation (made once by <c>demo generate</c>, which is slow because
/// it creates 756 offices and 3,024 executors), copied for each test so tests never share data.
/// </summary>
public sealed class StatisticsCliDatabase : IAsyncLifetime
{
    private readonly string _template = Path.Combine(Path.GetTempPath(), "thads-stat-template-" + Guid.NewGuid().ToString("N"));

    public string TemplateFile => Path.Combine(_template, "thads.db");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_template);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(
            ["demo", "generate", "--cases", "1", "--seed", "1", "--out", Path.Combine(_template, "one.csv"), $"--ConnectionStrings:Thads=Data Source={TemplateFile};Pooling=False"],
            stdout, stderr);
        if (exit != 0)
        {
            throw new InvalidOperationException("demo generate failed: " + stderr);
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_template, recursive: true);
        return Task.CompletedTask;
    }
}
