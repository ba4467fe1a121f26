using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thads.Enforcement.Cases.Audit;

namespace Thads.Enforcement.Cases.Configuration;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entity)
    {
        entity.ToTable("thads_audit");
        entity.HasKey(a => a.Id);
        entity.Property(a => a.At).AsUtcTicks().HasColumnName("AtUtcTicks");
        entity.Property(a => a.Actor).Actor();
        entity.Property(a => a.Entity).HasMaxLength(CaseModel.CodeMaxLength).IsRequired();
        entity.Property(a => a.EntityId).HasMaxLength(CaseModel.CodeMaxLength).IsRequired();
        entity.Property(a => a.Action).AsName();
        // No foreign keys: the trail must outlive anything it describes.
        entity.HasIndex(a => new { a.CaseId, a.At });
        entity.HasIndex(a => a.At);
    }
}
