using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thads.Enforcement.Organisation;

namespace Thads.Enforcement.Cases.Configuration;

internal sealed class EnforcementCaseConfiguration : IEntityTypeConfiguration<EnforcementCase>
{
    public void Configure(EntityTypeBuilder<EnforcementCase> entity)
    {
        entity.ToTable("thads_cases");
        entity.HasKey(c => c.Id);
        entity.Property(c => c.CaseNumber).HasMaxLength(CaseModel.NumberMaxLength).IsRequired();
        entity.HasIndex(c => new { c.UnitId, c.CaseNumber }).IsUnique();
        entity.HasOne(c => c.Unit).WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne(c => c.Executor).WithMany().HasForeignKey(c => c.ExecutorId).OnDelete(DeleteBehavior.Restrict);
        entity.Property(c => c.Status).AsName();
        entity.Property(c => c.AcceptanceKind).AsName();
        entity.Property(c => c.IntakePath).AsName();
        entity.Property(c => c.JudgmentType).AsName();
        entity.Property(c => c.CourtName).HasMaxLength(CaseModel.NameMaxLength).IsRequired();
        entity.Property(c => c.JudgmentNumber).HasMaxLength(CaseModel.NumberMaxLength).IsRequired();
        entity.Property(c => c.RequesterName).HasMaxLength(CaseModel.NameMaxLength);
        entity.Property(c => c.DecisionNumber).HasMaxLength(CaseModel.NumberMaxLength);
        entity.Property(c => c.DecisionSignedBy).HasMaxLength(CaseModel.NameMaxLength);
        entity.Property(c => c.NoConditionsDecisionNumber).HasMaxLength(CaseModel.NumberMaxLength);
        entity.HasOne<Unit>().WithMany().HasForeignKey(c => c.DelegatedToUnitId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Unit>().WithMany().HasForeignKey(c => c.DelegatedFromUnitId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<EnforcementCase>().WithMany().HasForeignKey(c => c.DelegatedFromCaseId).OnDelete(DeleteBehavior.Restrict);
        entity.Property(c => c.Version).IsConcurrencyToken();
        entity.Property(c => c.CreatedAt).AsUtcTicks();
        entity.Property(c => c.UpdatedAt).AsUtcTicks();
        entity.Property(c => c.CreatedBy).Actor();
        entity.Property(c => c.UpdatedBy).Actor();

        // What the statistics and the work lists filter on: a unit's cases by status and acceptance date, an executor's open cases.
        entity.HasIndex(c => new { c.UnitId, c.Status });
        entity.HasIndex(c => new { c.UnitId, c.AcceptedOn });
        entity.HasIndex(c => new { c.ExecutorId, c.Status });
        // The case list's search by the beginning of a case number, across the units in scope.
        entity.HasIndex(c => c.CaseNumber);

        // Children belong to their case: cases are never deleted, so cascading only keeps the model honest.
        entity.HasMany(c => c.Parties).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(c => c.Obligations).WithOne().HasForeignKey(o => o.CaseId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(c => c.MoneyEntries).WithOne().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(c => c.Assets).WithOne().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(c => c.Verifications).WithOne().HasForeignKey(v => v.CaseId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(c => c.Notices).WithOne().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(c => c.StatusChanges).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(c => c.Assignments).WithOne().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(c => c.Approvals).WithOne().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(c => c.Attachments).WithOne().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);

        entity.Ignore(c => c.IsOpen);
        entity.Ignore(c => c.IsPendingAcceptance);
    }
}
