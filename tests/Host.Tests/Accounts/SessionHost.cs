using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Thads.Host.Accounts;
using Thads.Host.Accounts.Sessions;
using Thads.Host.Startup;
using Thads.Host.Tests.Support;

namespace Thads.Host.Tests.Accounts;

/// <summary>
/// <see cref="AccountsHost"/> on a clock the test moves (the cookie handler and the session check read
/// <see cref="TimeProvider"/>), with the default 30-minute idle timeout, a 2-hour absolute lifetime and the default
/// one-minute revalidation.
/// </summary>
public sealed class SessionHost : IAsyncLifetime
{
    public ManualTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public ThadsHostFactory Factory { get; }

    public SessionHost() => Factory = new ThadsHostFactory(
        new Dictionary<string, string>
        {
            [DemoOptions.SeedKey] = "true",
            [DemoOptions.InitialPasswordKey] = AccountsHost.InitialPassword,
            [AccountSessionOptions.SectionName + ":" + nameof(AccountSessionOptions.AbsoluteLifetime)] = "02:00:00",
        },
        services => services.AddSingleton<TimeProvider>(Clock));

    public BrowserSession NewBrowser(string baseAddress = "http://localhost") =>
        new(Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(baseAddress) }));

    public async Task InitializeAsync()
    {
        _ = Factory.Server;
        if (await Factory.WaitForStartupAsync() != StartupStatus.Ready)
        {
            throw new InvalidOperationException("The host did not start.");
        }
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
