using Thads.Host.Cli;

namespace Thads.Host.Tests.Statistics;

/// <summary>One test's directory and database (a copy of the template) and a way to run CLI commands on it.</summary>
internal sealed class StatisticsCliSession : IDisposable
{
    public StatisticsCliSession(string? template)
    {
        Directory.CreateDirectory(DirectoryPath);
        if (template is not null)
        {
            System.IO.File.Copy(template, DatabaseFile);
        }
    }

    public string DirectoryPath { get; } = Path.Combine(Path.GetTempPath(), "thads-stat-cli-" + Guid.NewGuid().ToString("N"));

    public string DatabaseFile => Path.Combine(DirectoryPath, "thads.db");

    public string File(string name) => Path.Combine(DirectoryPath, name);

    public async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync([.. args, $"--ConnectionStrings:Thads=Data Source={DatabaseFile};Pooling=False"], stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public void Dispose()
    {
        if (Directory.Exists(DirectoryPath))
        {
            Directory.Delete(DirectoryPath, recursive: true);
        }
    }
}
