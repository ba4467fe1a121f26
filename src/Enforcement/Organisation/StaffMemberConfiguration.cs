using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Thads.Enforcement.Organisation;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> entity)
    {
        entity.ToTable("thads_staff");
        entity.HasKey(s => s.Id);
        entity.Property(s => s.UserName).HasMaxLength(100).IsRequired();
        entity.HasIndex(s => s.UserName).IsUnique();
        entity.Property(s => s.FullName).HasMaxLength(200).IsRequired();
        entity.Property(s => s.Position).HasMaxLength(200);
        entity.Property(s => s.Email).HasMaxLength(320);
        entity.HasOne(s => s.Unit).WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(s => new { s.UnitId, s.Active });
        entity.Ignore(s => s.IsLeader);
    }
}
