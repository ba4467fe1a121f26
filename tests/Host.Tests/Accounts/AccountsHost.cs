using Microsoft.AspNetCore.Mvc.Testing;
using Thads.Host.Accounts;
using Thads.Host.Startup;
using Thads.Host.Tests.Support;

namespace Thads.Host.Tests.Accounts;

/// <summary>The application with the demo organisation and its accounts seeded, all with one known initial password.</summary>
public sealed class AccountsHost : IAsyncLifetime
{
    public const string InitialPassword = "Khoidau2026";
    public const string NewPassword = "Matkhaumoi2026";

    public ThadsHostFactory Factory { get; } = new(new Dictionary<string, string>
    {
        [DemoOptions.SeedKey] = "true",
        [DemoOptions.InitialPasswordKey] = InitialPassword,
    });

    public BrowserSession NewBrowser() =>
        new(Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task InitializeAsync()
    {
        _ = Factory.Server;
        var status = await Factory.WaitForStartupAsync();
        if (status != StartupStatus.Ready)
        {
            throw new InvalidOperationException("The host did not start: " +
                string.Join(Environment.NewLine, Factory.Logs.Entries.Select(e => $"{e.Level} {e.Category}: {e.Message} {e.Exception}")));
        }
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
