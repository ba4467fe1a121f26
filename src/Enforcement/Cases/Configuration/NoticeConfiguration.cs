using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Thads.Enforcement.Cases.Configuration;

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> entity)
    {
        entity.ToTable("thads_notices");
        entity.HasKey(n => n.Id);
        entity.Property(n => n.Subject).HasMaxLength(CaseModel.NameMaxLength).IsRequired();
        entity.Property(n => n.RecipientName).HasMaxLength(CaseModel.NameMaxLength).IsRequired();
        entity.HasOne<Party>().WithMany().HasForeignKey(n => n.RecipientPartyId).OnDelete(DeleteBehavior.Restrict);
        entity.Property(n => n.Method).AsName();
        entity.Property(n => n.RecordedAt).AsUtcTicks();
        entity.Property(n => n.RecordedBy).Actor();
    }
}
