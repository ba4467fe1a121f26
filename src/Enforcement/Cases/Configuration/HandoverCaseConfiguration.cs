using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Thads.Enforcement.Cases.Configuration;

internal sealed class HandoverCaseConfiguration : IEntityTypeConfiguration<HandoverCase>
{
    public void Configure(EntityTypeBuilder<HandoverCase> entity)
    {
        entity.ToTable("thads_handover_cases");
        entity.HasKey(h => h.Id);
        entity.HasOne<EnforcementCase>().WithMany().HasForeignKey(h => h.CaseId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(h => new { h.HandoverId, h.CaseId }).IsUnique();
    }
}
