using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Thads.Enforcement.Cases.Configuration;

internal sealed class ObligationConfiguration : IEntityTypeConfiguration<Obligation>
{
    public void Configure(EntityTypeBuilder<Obligation> entity)
    {
        entity.ToTable("thads_obligations");
        entity.HasKey(o => o.Id);
        entity.Property(o => o.Kind).AsName();
        entity.Property(o => o.Description).HasMaxLength(CaseModel.TextMaxLength).IsRequired();
        entity.HasOne(o => o.Debtor).WithMany().HasForeignKey(o => o.DebtorPartyId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne(o => o.Creditor).WithMany().HasForeignKey(o => o.CreditorPartyId).OnDelete(DeleteBehavior.Restrict);
        entity.Ignore(o => o.Remaining);
        entity.Ignore(o => o.Payee);
        entity.Ignore(o => o.IsStateBudget);
    }
}
