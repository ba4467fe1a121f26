using Microsoft.EntityFrameworkCore.Design;

namespace Thads.Enforcement.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without a host.</summary>
internal sealed class DesignTimeThadsDbContextFactory : IDesignTimeDbContextFactory<ThadsDbContext>
{
    public ThadsDbContext CreateDbContext(string[] args) => new(ThadsDatabase.Sqlite("Data Source=design-time.db"));
}
