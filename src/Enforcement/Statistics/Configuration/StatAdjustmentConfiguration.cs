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

internal sealed class StatAdjustmentConfiguration : IEntityTypeConfiguration<StatAdjustment>
{
    public void Configure(EntityTypeBuilder<StatAdjustment> entity)
    {
        entity.ToTable("thads_stat_adjustments");
        entity.HasKey(a => a.Id);
        entity.Property(a => a.CaseNumber).HasMaxLength(100).IsRequired();
        entity.Property(a => a.Description).HasMaxLength(2000).IsRequired();
        entity.Property(a => a.By).HasMaxLength(100).IsRequired();
        entity.Property(a => a.At).HasConversion(m => m.UtcTicks, t => new DateTimeOffset(t, TimeSpan.Zero));
        entity.HasIndex(a => new { a.UnitId, a.EffectiveOn });
        entity.HasIndex(a => a.FactId);
    }
}
