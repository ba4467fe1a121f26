using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Data;

namespace Thads.Enforcement.Tests.Support;

internal sealed class TestDbContextFactory(DbContextOptions<ThadsDbContext> options) : IDbContextFactory<ThadsDbContext>
{
    public ThadsDbContext CreateDbContext() => new(options);
}
