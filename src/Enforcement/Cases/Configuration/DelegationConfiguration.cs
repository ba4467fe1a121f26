using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thads.Enforcement.Organisation;

namespace Thads.Enforcement.Cases.Configuration;

internal sealed class DelegationConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> entity)
    {
        entity.ToTable("thads_delegations");
        entity.HasKey(d => d.Id);
        entity.HasOne<EnforcementCase>().WithMany().HasForeignKey(d => d.FromCaseId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne(d => d.ReceivingCase).WithMany().HasForeignKey(d => d.ReceivingCaseId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Unit>().WithMany().HasForeignKey(d => d.FromUnitId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Unit>().WithMany().HasForeignKey(d => d.ToUnitId).OnDelete(DeleteBehavior.Restrict);
        entity.Property(d => d.GroundCode).HasMaxLength(CaseModel.CodeMaxLength).IsRequired();
        entity.Property(d => d.AcceptedAt).AsUtcTicks();
        entity.Property(d => d.AcceptedBy).HasMaxLength(CaseModel.ActorMaxLength);
        entity.Property(d => d.RecordedAt).AsUtcTicks();
        entity.Property(d => d.RecordedBy).Actor();
        // A case is delegated once: the sender's case ends as Delegated.
        entity.HasIndex(d => d.FromCaseId).IsUnique();
        entity.HasIndex(d => d.ReceivingCaseId).IsUnique();
        entity.HasIndex(d => new { d.ToUnitId, d.DelegatedOn });
    }
}
