using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thads.Enforcement.Organisation;

namespace Thads.Enforcement.Alerts;

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> entity)
    {
        entity.ToTable("thads_alerts");
        entity.HasKey(a => a.Id);
        entity.Property(a => a.CaseKey).HasMaxLength(100).IsRequired();
        entity.Property(a => a.Rule).HasMaxLength(100).IsRequired();
        entity.Property(a => a.Title).HasMaxLength(300).IsRequired();
        entity.Property(a => a.Link).HasMaxLength(500).IsRequired();
        // The once-a-day rule lives in the database, so two nodes raising the same alert cannot both win.
        entity.HasIndex(a => new { a.CaseKey, a.Rule, a.Day }).IsUnique();
        entity.HasIndex(a => new { a.UnitId, a.Day });
        entity.HasOne<Unit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        entity.HasMany(a => a.Deliveries).WithOne(d => d.Alert).HasForeignKey(d => d.AlertId).OnDelete(DeleteBehavior.Cascade);
    }
}
