using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Thads.Enforcement.Cases.Configuration;

internal sealed class HandoverConfiguration : IEntityTypeConfiguration<Handover>
{
    public void Configure(EntityTypeBuilder<Handover> entity)
    {
        entity.ToTable("thads_handovers");
        entity.HasKey(h => h.Id);
        entity.HasOne(h => h.FromExecutor).WithMany().HasForeignKey(h => h.FromExecutorId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne(h => h.ToExecutor).WithMany().HasForeignKey(h => h.ToExecutorId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne(h => h.ApprovedBy).WithMany().HasForeignKey(h => h.ApprovedById).OnDelete(DeleteBehavior.Restrict);
        entity.Property(h => h.Reason).HasMaxLength(CaseModel.TextMaxLength);
        entity.Property(h => h.RecordedAt).AsUtcTicks();
        entity.Property(h => h.RecordedBy).Actor();
        entity.HasMany(h => h.Cases).WithOne().HasForeignKey(c => c.HandoverId).OnDelete(DeleteBehavior.Cascade);
    }
}
