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

internal sealed class ProjectionCursorConfiguration : IEntityTypeConfiguration<ProjectionCursor>
{
    public void Configure(EntityTypeBuilder<ProjectionCursor> entity)
    {
        entity.ToTable("thads_stat_cursors");
        entity.HasKey(c => c.Name);
        entity.Property(c => c.Name).HasMaxLength(50);
    }
}
