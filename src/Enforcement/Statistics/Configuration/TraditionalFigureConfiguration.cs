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

internal sealed class TraditionalFigureConfiguration : IEntityTypeConfiguration<TraditionalFigure>
{
    public void Configure(EntityTypeBuilder<TraditionalFigure> entity)
    {
        entity.ToTable("thads_stat_traditional");
        entity.HasKey(t => t.Id);
        entity.Property(t => t.Form).HasConversion<string>().HasMaxLength(16);
        entity.Property(t => t.Indicator).HasMaxLength(16).IsRequired();
        entity.Property(t => t.Value).HasPrecision(20, 2);
        entity.HasOne<Unit>().WithMany().HasForeignKey(t => t.UnitId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(t => new { t.Year, t.Month, t.Form, t.UnitId, t.Indicator }).IsUnique();
    }
}
