using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Organisation;
using Thads.Enforcement.Statistics.Closing;
using Thads.Enforcement.Statistics.Facts;
using Thads.Enforcement.Statistics.Import;
using Thads.Enforcement.Statistics.Live;
using Thads.Enforcement.Statistics.Reconciliation;

namespace Thads.Enforcement.Statistics.Configuration;

internal sealed class PeriodClosingConfiguration : IEntityTypeConfiguration<PeriodClosing>
{
    public void Configure(EntityTypeBuilder<PeriodClosing> entity)
    {
        entity.ToTable("thads_stat_closings");
        entity.HasKey(c => c.Id);
        entity.HasOne<Unit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(c => new { c.UnitId, c.Year, c.Month }).IsUnique();
        entity.Property(c => c.Checksum).HasMaxLength(64).IsRequired();
        entity.Property(c => c.ClosedBy).HasMaxLength(100).IsRequired();
        entity.Property(c => c.ClosedAt).HasConversion(m => m.UtcTicks, t => new DateTimeOffset(t, TimeSpan.Zero));
    }
}
