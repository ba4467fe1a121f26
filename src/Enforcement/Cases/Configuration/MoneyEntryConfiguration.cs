using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Thads.Enforcement.Cases.Configuration;

internal sealed class MoneyEntryConfiguration : IEntityTypeConfiguration<MoneyEntry>
{
    public void Configure(EntityTypeBuilder<MoneyEntry> entity)
    {
        entity.ToTable("thads_money");
        entity.HasKey(m => m.Id);
        entity.Property(m => m.Kind).AsName();
        entity.Property(m => m.ReceiptNumber).HasMaxLength(CaseModel.NumberMaxLength);
        entity.HasOne(m => m.Holder).WithMany().HasForeignKey(m => m.HolderId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Obligation>().WithMany().HasForeignKey(m => m.ObligationId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Party>().WithMany().HasForeignKey(m => m.PartyId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne(m => m.Handover).WithMany().HasForeignKey(m => m.HandoverId).OnDelete(DeleteBehavior.Restrict);
        entity.Property(m => m.RecordedAt).AsUtcTicks();
        entity.Property(m => m.RecordedBy).Actor();
        // An executor's held balance is summed over their entries (handover, the money report).
        entity.HasIndex(m => new { m.HolderId, m.CaseId });
        entity.HasIndex(m => new { m.CaseId, m.On });
        entity.Ignore(m => m.HeldEffect);
    }
}
