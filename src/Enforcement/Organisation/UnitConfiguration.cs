using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Thads.Enforcement.Organisation;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> entity)
    {
        entity.ToTable("thads_units");
        entity.HasKey(u => u.Id);
        entity.Property(u => u.Code).HasMaxLength(50).IsRequired();
        entity.HasIndex(u => u.Code).IsUnique();
        entity.Property(u => u.Name).HasMaxLength(300).IsRequired();
        entity.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Unit>().WithMany().HasForeignKey(u => u.SucceededById).OnDelete(DeleteBehavior.Restrict);
        entity.Ignore(u => u.IsMilitary);
    }
}
