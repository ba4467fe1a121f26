using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Thads.Enforcement.Data;
using Thads.Enforcement.Demo;
using Thads.Host.Startup;

namespace Thads.Host.Accounts;

/// <summary>
/// First run: while no account exists, seeds the demo organisation and gives every person in it an account with
/// an initial password that must be changed, then logs the user names and passwords once. Later starts find
/// accounts and do nothing, so passwords are never printed again.
/// </summary>
internal sealed class DemoAccountsStartupTask(
    UserManager<Account> users,
    IDbContextFactory<ThadsDbContext> contexts,
    IOptions<DemoOptions> options,
    ILogger<DemoAccountsStartupTask> logger) : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Seed)
        {
            return;
        }

        if (await users.Users.AnyAsync(cancellationToken))
        {
            logger.LogInformation("Accounts exist; demo accounts are not seeded.");
            return;
        }

        await DemoOrganisation.SeedAsync(contexts, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var people = await db.Staff.AsNoTracking().Include(s => s.Unit).Where(s => s.Active).OrderBy(s => s.Id).ToListAsync(cancellationToken);

        var block = new StringBuilder();
        block.AppendLine("==================== TÀI KHOẢN DEMO (chỉ in một lần) ====================");
        foreach (var person in people)
        {
            var password = options.Value.InitialPassword is { Length: > 0 } fixedPassword ? fixedPassword : InitialPasswordGenerator.Generate();
            var account = new Account
            {
                UserName = person.UserName,
                StaffUserName = person.UserName,
                Email = person.Email,
                MustChangePassword = true,
            };
            var result = await users.CreateAsync(account, password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(
                    $"Demo account {person.UserName} was not created: {string.Join("; ", result.Errors.Select(e => e.Description))} " +
                    $"(check {DemoOptions.InitialPasswordKey}).");
            }

            block.AppendLine($"  {person.UserName,-12} {password,-16} {person.FullName} – {person.Unit?.Code}");
        }

        block.AppendLine("  Mật khẩu ban đầu phải được đổi ở lần đăng nhập đầu tiên.");
        block.Append("==========================================================================");
        // Warning, so it shows even where Information is filtered out; this is the only time the passwords exist in clear.
        logger.LogWarning("{DemoAccounts}", Environment.NewLine + block);
    }
}
