using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Alerts;
using Thads.Enforcement.Calendar;
using Thads.Enforcement.Organisation;

namespace Thads.Enforcement.Data;

/// <summary>
/// The application's own tables, all prefixed <c>thads_</c> (the workflow engine keeps its <c>wf_</c> tables in its
/// own context on the same database). Each entity is configured by its own <see cref="IEntityTypeConfiguration{TEntity}"/>
/// next to it; add new ones and they are picked up here. Only provider-neutral mapping, so the PostgreSQL provider
/// can use the same model with its own migrations.
/// </summary>
public sealed class ThadsDbContext(DbContextOptions<ThadsDbContext> options) : DbContext(options)
{
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

    public DbSet<CalendarAuditEntry> CalendarAudit => Set<CalendarAuditEntry>();

    public DbSet<SeedHistoryEntry> SeedHistory => Set<SeedHistoryEntry>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<StaffMember> Staff => Set<StaffMember>();

    public DbSet<Alert> Alerts => Set<Alert>();

    public DbSet<AlertDelivery> AlertDeliveries => Set<AlertDelivery>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ThadsDbContext).Assembly);
}
