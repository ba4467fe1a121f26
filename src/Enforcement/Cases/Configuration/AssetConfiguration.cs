using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Thads.Enforcement.Cases.Configuration;

internal sealed class AssetConfiguration : IEntityTypeConfiguration<Asset>
{
    public void Configure(EntityTypeBuilder<Asset> entity)
    {
        entity.ToTable("thads_assets");
        entity.HasKey(a => a.Id);
        entity.Property(a => a.Description).HasMaxLength(CaseModel.TextMaxLength).IsRequired();
        entity.Property(a => a.Kind).AsName();
        entity.Property(a => a.State).AsName();
        entity.HasOne<Party>().WithMany().HasForeignKey(a => a.OwnerPartyId).OnDelete(DeleteBehavior.Restrict);
    }
}
