using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Thads.Enforcement.Cases.Configuration;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> entity)
    {
        entity.ToTable("thads_attachments");
        entity.HasKey(a => a.Id);
        entity.Property(a => a.FileName).HasMaxLength(CaseModel.NameMaxLength).IsRequired();
        entity.Property(a => a.ContentType).HasMaxLength(CaseModel.NumberMaxLength).IsRequired();
        entity.Property(a => a.StorageKey).HasMaxLength(CaseModel.TextMaxLength).IsRequired();
        entity.Property(a => a.UploadedAt).AsUtcTicks();
        entity.Property(a => a.UploadedBy).Actor();
    }
}
