using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Thads.Enforcement.Cases.Configuration;

internal sealed class PartyConfiguration : IEntityTypeConfiguration<Party>
{
    public void Configure(EntityTypeBuilder<Party> entity)
    {
        entity.ToTable("thads_parties");
        entity.HasKey(p => p.Id);
        entity.Property(p => p.Role).AsName();
        entity.Property(p => p.Kind).AsName();
        entity.Property(p => p.FullName).HasMaxLength(CaseModel.NameMaxLength).IsRequired();
        entity.Property(p => p.IdNumber).HasMaxLength(CaseModel.CodeMaxLength);
        entity.Property(p => p.Address).HasMaxLength(CaseModel.TextMaxLength);
        // Finding every case of a person or organisation (the public list of debtors without conditions, §8).
        entity.HasIndex(p => p.IdNumber);
        // The case list's search by the beginning of a party's name.
        entity.HasIndex(p => p.FullName);
    }
}
