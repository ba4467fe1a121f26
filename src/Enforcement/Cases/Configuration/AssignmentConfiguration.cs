using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thads.Enforcement.Organisation;

namespace Thads.Enforcement.Cases.Configuration;

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> entity)
    {
        entity.ToTable("thads_assignments");
        entity.HasKey(a => a.Id);
        entity.HasOne(a => a.Executor).WithMany().HasForeignKey(a => a.ExecutorId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.PreviousExecutorId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne(a => a.Handover).WithMany().HasForeignKey(a => a.HandoverId).OnDelete(DeleteBehavior.Restrict);
        entity.Property(a => a.Reason).HasMaxLength(CaseModel.TextMaxLength);
        entity.Property(a => a.AssignedAt).AsUtcTicks();
        entity.Property(a => a.AssignedBy).Actor();
    }
}
