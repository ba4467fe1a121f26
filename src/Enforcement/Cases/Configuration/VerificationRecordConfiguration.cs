using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Thads.Enforcement.Cases.Configuration;

internal sealed class VerificationRecordConfiguration : IEntityTypeConfiguration<VerificationRecord>
{
    public void Configure(EntityTypeBuilder<VerificationRecord> entity)
    {
        entity.ToTable("thads_verifications");
        entity.HasKey(v => v.Id);
        entity.HasOne(v => v.Executor).WithMany().HasForeignKey(v => v.ExecutorId).OnDelete(DeleteBehavior.Restrict);
        entity.Property(v => v.Result).AsName();
        entity.Property(v => v.NoConditionsReason).AsName();
        entity.Property(v => v.Notes).HasMaxLength(CaseModel.TextMaxLength);
        entity.Property(v => v.RecordedAt).AsUtcTicks();
        entity.Property(v => v.RecordedBy).Actor();
        entity.HasIndex(v => new { v.CaseId, v.VerifiedOn });
    }
}
