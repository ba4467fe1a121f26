using Microsoft.EntityFrameworkCore;

namespace Thads.Host.Designer.Data;

/// <summary>
/// The designer's tables on the application database (drafts, publication notes, published forms), with their own
/// migrations history (<c>designer_migrations</c>) so they evolve independently of the engine's tables.
/// </summary>
public sealed class DesignerDbContext(DbContextOptions<DesignerDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "designer_migrations";

    public DbSet<DraftRow> Drafts => Set<DraftRow>();

    public DbSet<PublicationRow> Publications => Set<PublicationRow>();

    public DbSet<FormVersionRow> FormVersions => Set<FormVersionRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DraftRow>(e =>
        {
            e.ToTable("designer_drafts");
            e.HasKey(x => x.Id);
            e.Property(x => x.UserName).HasMaxLength(256);
            e.Property(x => x.ProcessKey).HasMaxLength(256);
            e.HasIndex(x => new { x.UserName, x.ProcessKey }).IsUnique();
        });
        modelBuilder.Entity<PublicationRow>(e =>
        {
            e.ToTable("designer_publications");
            e.HasKey(x => x.DefinitionId);
            e.Property(x => x.ProcessKey).HasMaxLength(256);
            e.Property(x => x.Comment).HasMaxLength(PublicationRow.MaxCommentLength);
            e.Property(x => x.PublishedBy).HasMaxLength(256);
            e.HasIndex(x => x.ProcessKey);
        });
        modelBuilder.Entity<FormVersionRow>(e =>
        {
            e.ToTable("designer_forms");
            e.HasKey(x => x.Id);
            e.Property(x => x.FormKey).HasMaxLength(128);
            e.Property(x => x.PublishedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.FormKey, x.Version }).IsUnique();
        });
    }
}
