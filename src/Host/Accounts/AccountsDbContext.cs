using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Thads.Host.Accounts.Tokens;

namespace Thads.Host.Accounts;

/// <summary>
/// Identity's tables on the application database, prefixed <c>acc_</c>, with their own migrations history
/// (<c>acc_migrations</c>) so accounts evolve independently of the domain and engine tables.
/// </summary>
public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options) : IdentityDbContext<Account>(options)
{
    public const string MigrationsHistoryTable = "acc_migrations";

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<Account>(e =>
        {
            e.ToTable("acc_users");
            e.Property(a => a.StaffUserName).HasMaxLength(100).IsRequired();
            e.HasIndex(a => a.StaffUserName).IsUnique();
        });
        builder.Entity<IdentityRole>().ToTable("acc_roles");
        builder.Entity<IdentityUserRole<string>>().ToTable("acc_user_roles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("acc_user_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("acc_user_logins");
        builder.Entity<IdentityUserToken<string>>().ToTable("acc_user_tokens");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("acc_role_claims");
        builder.Entity<ApiToken>(e =>
        {
            e.ToTable("acc_api_tokens");
            e.Property(t => t.Name).HasMaxLength(ApiTokenService.MaxNameLength).IsRequired();
            e.Property(t => t.Prefix).HasMaxLength(16).IsRequired();
            e.Property(t => t.Hash).HasMaxLength(32).IsRequired();
            e.HasIndex(t => t.Hash).IsUnique();
            e.HasIndex(t => t.AccountId);
            // Tokens go with their account.
            e.HasOne<Account>().WithMany().HasForeignKey(t => t.AccountId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
