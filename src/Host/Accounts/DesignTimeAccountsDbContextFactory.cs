using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Thads.Host.Database;

namespace Thads.Host.Accounts;

/// <summary>
/// Lets <c>dotnet ef migrations add … --context AccountsDbContext</c> build the context without starting the web
/// application (which would run start-up tasks and open a port).
/// </summary>
internal sealed class DesignTimeAccountsDbContextFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<AccountsDbContext>();
        AccountsDatabase.Configure(builder, new DatabaseOptions { ConnectionString = "Data Source=design-time.db" });
        return new AccountsDbContext(builder.Options);
    }
}
