using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Thads.Enforcement.Data;

internal sealed class SeedHistoryEntryConfiguration : IEntityTypeConfiguration<SeedHistoryEntry>
{
    public void Configure(EntityTypeBuilder<SeedHistoryEntry> entity)
    {
        entity.ToTable("thads_seed_history");
        entity.HasKey(entry => entry.Key);
        entity.Property(entry => entry.Key).HasMaxLength(200);
    }
}
