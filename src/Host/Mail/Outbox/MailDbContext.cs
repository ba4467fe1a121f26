using Microsoft.EntityFrameworkCore;
using Thads.Host.Mail.Settings;

namespace Thads.Host.Mail.Outbox;

/// <summary>
/// The outbox table on the application database, with its own migrations history (<c>mail_migrations</c>) so
/// it evolves independently of the engine's tables.
/// </summary>
internal sealed class MailDbContext(DbContextOptions<MailDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "mail_migrations";

    public DbSet<MailOutboxRow> Outbox => Set<MailOutboxRow>();

    public DbSet<MailSettingRow> Settings => Set<MailSettingRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MailOutboxRow>(e =>
        {
            e.ToTable("mail_outbox");
            e.HasKey(x => x.Id);
            // Text, so that an administrator reading the table with SQL sees "Parked", not 2.
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.DedupeKey).HasMaxLength(400);
            e.Property(x => x.LastError).HasMaxLength(MailOutboxLimits.LastErrorLength);
            // Several NULL keys are allowed by a unique index on every provider: only present keys must differ.
            e.HasIndex(x => x.DedupeKey).IsUnique();
            // The dispatcher's query: pending messages whose next attempt is due.
            e.HasIndex(x => new { x.Status, x.NextAttemptAtTicks });
        });
        modelBuilder.Entity<MailSettingRow>(e =>
        {
            e.ToTable("mail_settings");
            e.HasKey(x => x.Key);
            e.Property(x => x.Key).HasMaxLength(100);
            e.Property(x => x.Value).HasMaxLength(400);
            e.Property(x => x.UpdatedBy).HasMaxLength(100);
        });
    }
}
