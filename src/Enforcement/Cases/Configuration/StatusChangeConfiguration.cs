using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Thads.Enforcement.Cases.Configuration;

internal sealed class StatusChangeConfiguration : IEntityTypeConfiguration<StatusChange>
{
    public void Configure(EntityTypeBuilder<StatusChange> entity)
    {
        entity.ToTable("thads_status_changes");
        entity.HasKey(s => s.Id);
        entity.Property(s => s.From).AsName();
        entity.Property(s => s.To).AsName();
        entity.Property(s => s.GroundCode).HasMaxLength(CaseModel.CodeMaxLength).IsRequired();
        entity.Property(s => s.GroundCitation).HasMaxLength(CaseModel.NameMaxLength).IsRequired();
        entity.Property(s => s.DecisionNumber).HasMaxLength(CaseModel.NumberMaxLength);
        entity.Property(s => s.ChangedAt).AsUtcTicks();
        entity.Property(s => s.ChangedBy).Actor();
        // "Which status did each case have on the report date" reads the history by case and date (§6).
        entity.HasIndex(s => new { s.CaseId, s.On });
        entity.HasIndex(s => new { s.To, s.On });
    }
}
