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

internal sealed class StatImportConfiguration : IEntityTypeConfiguration<StatImport>
{
    public void Configure(EntityTypeBuilder<StatImport> entity)
    {
        entity.ToTable("thads_stat_imports");
        entity.HasKey(i => i.Id);
        entity.Property(i => i.Kind).HasConversion<string>().HasMaxLength(32);
        entity.Property(i => i.FileName).HasMaxLength(500).IsRequired();
        entity.Property(i => i.By).HasMaxLength(100).IsRequired();
        entity.Property(i => i.At).HasConversion(m => m.UtcTicks, t => new DateTimeOffset(t, TimeSpan.Zero));
    }
}
