using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Thads.Host.Database;
using Thads.Host.Startup;

namespace Thads.Host.Tests.Support;

/// <summary>
/// The real web application on a test server, with its SQLite file in a fresh temporary directory
/// (deleted on dispose) unless the test asks for the configured default.
/// </summary>
public sealed class ThadsHostFactory : WebApplicationFactory<Program>
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(30);

    private readonly Dictionary<string, string> _settings = new(StringComparer.OrdinalIgnoreCase);
    private readonly Action<IServiceCollection>? _configureServices;

    public ThadsHostFactory(
        IReadOnlyDictionary<string, string>? settings = null,
        Action<IServiceCollection>? services = null,
        bool temporaryDatabase = true)
    {
        TempDirectory = Path.Combine(Path.GetTempPath(), "thads-host-tests-" + Guid.NewGuid().ToString("N"));
        if (temporaryDatabase)
        {
            _settings[DatabaseOptions.ConnectionStringKey] = $"Data Source={Path.Combine(TempDirectory, "data", "thads.db")}";
        }

        // Tests seed their own people; the first-run demo organisation would clash with them. Account tests turn it on.
        _settings["Demo:Seed"] = "false";
        // Demo cases take seconds and would crowd every test's lists; the demo and dashboard tests turn them on.
        _settings["Demo:Cases"] = "false";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            _settings[key] = value;
        }

        _configureServices = services;
    }

    /// <summary>Per-test directory; the default SQLite file lives in its <c>data</c> subdirectory.</summary>
    public string TempDirectory { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public StartupReadiness Readiness => Services.GetRequiredService<StartupReadiness>();

    public Task<StartupStatus> WaitForStartupAsync() => Readiness.WhenFinished.WaitAsync(StartupTimeout);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(Logs);
            _configureServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(TempDirectory))
        {
            Directory.Delete(TempDirectory, recursive: true);
        }
    }
}
