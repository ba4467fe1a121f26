using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Thads.Enforcement.Cases.Configuration;

internal sealed class ApprovalConfiguration : IEntityTypeConfiguration<Approval>
{
    public void Configure(EntityTypeBuilder<Approval> entity)
    {
        entity.ToTable("thads_approvals");
        entity.HasKey(a => a.Id);
        entity.Property(a => a.Kind).HasMaxLength(CaseModel.CodeMaxLength).IsRequired();
        entity.Property(a => a.Comment).HasMaxLength(CaseModel.TextMaxLength);
        entity.Property(a => a.DecidedAt).AsUtcTicks();
        entity.Property(a => a.DecidedBy).Actor();
    }
}
