using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Thads.Host.Database;

namespace Thads.Host.Mail.Outbox;

/// <summary>
/// Lets <c>dotnet ef migrations add … --context MailDbContext</c> build the context without starting the web
/// application (which would run start-up tasks and open a port).
/// </summary>
internal sealed class DesignTimeMailDbContextFactory : IDesignTimeDbContextFactory<MailDbContext>
{
    public MailDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<MailDbContext>();
        MailDatabase.Configure(builder, new DatabaseOptions { ConnectionString = "Data Source=design-time.db" });
        return new MailDbContext(builder.Options);
    }
}
