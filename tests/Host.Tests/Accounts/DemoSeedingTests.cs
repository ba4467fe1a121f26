using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Thads.Enforcement.Data;
using Thads.Host.Accounts;
using Thads.Host.Database;
using Thads.Host.Startup;
using Thads.Host.Tests.Support;

namespace Thads.Host.Tests.Accounts;

/// <summary>First run creates the demo people and their accounts once; a restart on the same database adds nothing.</summary>
public sealed class DemoSeedingTests : IDisposable
{
    private const string BlockTitle = "TÀI KHOẢN DEMO";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "thads-accounts-seed-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task First_start_creates_one_account_per_demo_person_with_random_passwords_printed_once()
    {
        var first = await StartAsync(fixedPassword: false);
        var (staff, accounts) = await CountAsync(first);
        var block = Assert.Single(first.Logs.Entries, e => e.Message.Contains(BlockTitle, StringComparison.Ordinal));
        await first.DisposeAsync();

        Assert.Equal(10, staff);
        Assert.Equal(staff, accounts.Count);
        Assert.All(accounts, a => Assert.True(a.MustChangePassword));
        Assert.All(accounts, a => Assert.Equal(a.UserName, a.StaffUserName));
        // Random per account: ten distinct 14-character passwords appear in the block.
        var passwords = block.Message.Split('\n').Where(line => line.Contains(" – ", StringComparison.Ordinal))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]).ToList();
        Assert.Equal(10, passwords.Distinct(StringComparer.Ordinal).Count());
        Assert.All(passwords, p => Assert.Equal(14, p.Length));

        var second = await StartAsync(fixedPassword: false);
        var (staffAgain, accountsAgain) = await CountAsync(second);
        Assert.DoesNotContain(second.Logs.Entries, e => e.Message.Contains(BlockTitle, StringComparison.Ordinal));
        await second.DisposeAsync();

        Assert.Equal(10, staffAgain);
        Assert.Equal(10, accountsAgain.Count);
    }

    [Fact]
    public async Task Demo_seed_can_be_switched_off()
    {
        await using var host = new ThadsHostFactory(new Dictionary<string, string> { [DemoOptions.SeedKey] = "false" });
        _ = host.Server;
        Assert.Equal(StartupStatus.Ready, await host.WaitForStartupAsync());
        var (staff, accounts) = await CountAsync(host);
        Assert.Equal(0, staff);
        Assert.Empty(accounts);
    }

    [Fact]
    public void Generated_passwords_satisfy_the_policy_and_differ()
    {
        var passwords = Enumerable.Range(0, 200).Select(_ => InitialPasswordGenerator.Generate()).ToList();
        Assert.Equal(passwords.Count, passwords.Distinct(StringComparer.Ordinal).Count());
        Assert.All(passwords, p =>
        {
            Assert.True(p.Length >= PasswordPolicy.MinimumLength);
            Assert.Contains(p, char.IsUpper);
            Assert.Contains(p, char.IsLower);
            Assert.Contains(p, char.IsDigit);
        });
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private async Task<ThadsHostFactory> StartAsync(bool fixedPassword)
    {
        var settings = new Dictionary<string, string>
        {
            [DatabaseOptions.ConnectionStringKey] = $"Data Source={Path.Combine(_directory, "thads.db")};Pooling=False",
            [DemoOptions.SeedKey] = "true",
        };
        if (fixedPassword)
        {
            settings[DemoOptions.InitialPasswordKey] = AccountsHost.InitialPassword;
        }

        var host = new ThadsHostFactory(settings, temporaryDatabase: false);
        _ = host.Server;
        Assert.Equal(StartupStatus.Ready, await host.WaitForStartupAsync());
        return host;
    }

    private static async Task<(int Staff, List<Account> Accounts)> CountAsync(ThadsHostFactory host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThadsDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        return (await db.Staff.CountAsync(), await users.Users.ToListAsync());
    }
}
