using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Organisation;
using Thads.Enforcement.Statistics.Closing;
using Thads.Enforcement.Statistics.Facts;
using Thads.Enforcement.Statistics.Import;
using Thads.Enforcement.Statistics.Live;
using Thads.Enforcement.Statistics.Reconciliation;

namespace Thads.Enforcement.Statistics.Configuration;

internal sealed class StatisticalFactConfiguration : IEntityTypeConfiguration<StatisticalFact>
{
    public void Configure(EntityTypeBuilder<StatisticalFact> entity)
    {
        entity.ToTable("thads_stat_facts");
        entity.HasKey(f => f.Id);
        // Assigned by FactIds so a unit's rows sit together in the file.
        entity.Property(f => f.Id).ValueGeneratedNever();
        // Small integers, not names: this table is read a million rows at a time.
        entity.Property(f => f.Source).HasConversion<int>();
        entity.Property(f => f.AcceptanceKind).HasConversion<int>();
        entity.Property(f => f.IntakePath).HasConversion<int>();
        entity.Property(f => f.JudgmentType).HasConversion<int>();
        entity.Property(f => f.CaseNumber).HasMaxLength(100).IsRequired();
        entity.Property(f => f.Timeline).HasMaxLength(Facts.Timeline.MaxLength).IsRequired();
        entity.Property(f => f.UpdatedAt).HasConversion(m => m.UtcTicks, t => new DateTimeOffset(t, TimeSpan.Zero));
        entity.HasOne<Unit>().WithMany().HasForeignKey(f => f.UnitId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<StaffMember>().WithMany().HasForeignKey(f => f.ExecutorId).OnDelete(DeleteBehavior.Restrict);
        // One row per case: a register line and a live case with the same number in a unit are the same case.
        entity.HasIndex(f => new { f.UnitId, f.CaseNumber }).IsUnique();
        entity.HasIndex(f => f.LiveCaseId).IsUnique();
        entity.HasIndex(f => new { f.UnitId, f.AcceptedOn, f.EndedOn });
        entity.HasIndex(f => f.ExecutorId);
        entity.HasIndex(f => f.ImportId);
    }
}
