using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Thads.Host.Attachments;

namespace Thads.Host.Tests.Cases;

/// <summary>The scan hook's command implementation: exit codes, a scanner that fails, and the default without one.</summary>
public sealed class AttachmentScannerTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "thads-scan-" + Guid.NewGuid().ToString("N") + ".pdf");

    public AttachmentScannerTests() => File.WriteAllBytes(_file, SampleFiles.Pdf());

    [Theory]
    [InlineData("exit 0", true, null)]
    [InlineData("echo 'Win.Test.EICAR_HDB-1 FOUND'; exit 1", false, "Win.Test.EICAR_HDB-1 FOUND")]
    [InlineData("echo 'cannot connect to clamd' >&2; exit 2", false, "không quét virus được")]
    [InlineData("test -f \"$1\" && exit 0; exit 1", true, null)]
    public async Task Exit_codes_decide(string script, bool clean, string? reason)
    {
        var result = await Scanner("/bin/sh", ["-c", script, "scanner", "{file}"]).ScanAsync(_file, "a.pdf", CancellationToken.None);
        Assert.Equal(clean, result.Clean);
        if (reason is not null)
        {
            Assert.Contains(reason, result.Reason);
        }
    }

    [Fact]
    public async Task A_scanner_that_cannot_run_or_hangs_refuses_the_file()
    {
        var missing = await Scanner("/nonexistent/clamdscan", null).ScanAsync(_file, "a.pdf", CancellationToken.None);
        Assert.False(missing.Clean);
        Assert.Contains("không quét virus được", missing.Reason);

        var hung = await Scanner("/bin/sh", ["-c", "sleep 30", "scanner"], timeoutSeconds: 1).ScanAsync(_file, "a.pdf", CancellationToken.None);
        Assert.False(hung.Clean);
    }

    [Fact]
    public void Without_a_command_every_file_passes_the_hook()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<TimeProvider>(TimeProvider.System);
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        Host.Cases.CaseServiceCollectionExtensions.AddThadsCases(services);
        using var provider = services.BuildServiceProvider();
        Assert.IsType<NoAttachmentScanner>(provider.GetRequiredService<IAttachmentScanner>());
    }

    public void Dispose() => File.Delete(_file);

    private static CommandAttachmentScanner Scanner(string command, string[]? arguments, int timeoutSeconds = 10) =>
        new(Options.Create(new AttachmentOptions { ScanCommand = command, ScanArguments = arguments, ScanTimeoutSeconds = timeoutSeconds }),
            NullLogger<CommandAttachmentScanner>.Instance);
}
