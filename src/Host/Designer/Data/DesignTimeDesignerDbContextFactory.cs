using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Thads.Host.Database;

namespace Thads.Host.Designer.Data;

/// <summary>Lets <c>dotnet ef migrations add … --context DesignerDbContext</c> build the context without starting the application.</summary>
internal sealed class DesignTimeDesignerDbContextFactory : IDesignTimeDbContextFactory<DesignerDbContext>
{
    public DesignerDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<DesignerDbContext>();
        DesignerDatabase.Configure(builder, new DatabaseOptions { ConnectionString = "Data Source=design-time.db" });
        return new DesignerDbContext(builder.Options);
    }
}
