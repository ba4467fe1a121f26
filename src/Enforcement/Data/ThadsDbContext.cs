using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Alerts;
using Thads.Enforcement.Calendar;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Cases.Audit;
using Thads.Enforcement.Organisation;

namespace Thads.Enforcement.Data;

/// <summary>
/// The application's own tables, all prefixed <c>thads_</c> (the workflow engine keeps its <c>wf_</c> tables in its
/// own context on the same database). Each entity is configured by its own <see cref="IEntityTypeConfiguration{TEntity}"/>
/// next to it; add new ones and they are picked up here. Only provider-neutral mapping, so the PostgreSQL provider
/// can use the same model with its own migrations.
/// </summary>
/// <remarks>
/// Case data (<see cref="ICaseRecord"/>) is audited here rather than in each service, so no code path can change a
/// case without leaving a trail: a save that touches case data needs an <see cref="AuditStamp"/>, and writes the
/// audit rows in the same transaction as the change (see <see cref="CaseAuditor"/>).
/// </remarks>
public sealed class ThadsDbContext(DbContextOptions<ThadsDbContext> options) : DbContext(options)
{
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

    public DbSet<CalendarAuditEntry> CalendarAudit => Set<CalendarAuditEntry>();

    public DbSet<SeedHistoryEntry> SeedHistory => Set<SeedHistoryEntry>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<StaffMember> Staff => Set<StaffMember>();

    public DbSet<Alert> Alerts => Set<Alert>();

    public DbSet<AlertDelivery> AlertDeliveries => Set<AlertDelivery>();

    public DbSet<EnforcementCase> Cases => Set<EnforcementCase>();

    public DbSet<Party> Parties => Set<Party>();

    public DbSet<Obligation> Obligations => Set<Obligation>();

    public DbSet<MoneyEntry> MoneyEntries => Set<MoneyEntry>();

    public DbSet<Asset> Assets => Set<Asset>();

    public DbSet<VerificationRecord> Verifications => Set<VerificationRecord>();

    public DbSet<Notice> Notices => Set<Notice>();

    public DbSet<StatusChange> StatusChanges => Set<StatusChange>();

    public DbSet<Assignment> Assignments => Set<Assignment>();

    public DbSet<Approval> Approvals => Set<Approval>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<Handover> Handovers => Set<Handover>();

    public DbSet<HandoverCase> HandoverCases => Set<HandoverCase>();

    public DbSet<Delegation> Delegations => Set<Delegation>();

    public DbSet<AuditEntry> Audit => Set<AuditEntry>();

    /// <summary>Who changes case data through this context and when; required before saving any change to case data.</summary>
    public AuditStamp? AuditStamp { get; set; }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var pending = CaseAuditor.Capture(ChangeTracker);
        if (pending.Count == 0)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        var stamp = RequireStamp(acceptAllChangesOnSuccess);
        using var transaction = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        Audit.AddRange(CaseAuditor.Complete(pending, stamp));
        base.SaveChanges(acceptAllChangesOnSuccess: true);
        transaction?.Commit();
        return saved;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var pending = CaseAuditor.Capture(ChangeTracker);
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var stamp = RequireStamp(acceptAllChangesOnSuccess);
        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        Audit.AddRange(CaseAuditor.Complete(pending, stamp));
        await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return saved;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ThadsDbContext).Assembly);

    private AuditStamp RequireStamp(bool acceptAllChangesOnSuccess)
    {
        // The audit rows are saved by a second save after the first; without accepting the first one's changes,
        // the second would write them again.
        if (!acceptAllChangesOnSuccess)
        {
            throw new NotSupportedException("Case data is saved only with acceptAllChangesOnSuccess = true (its audit is a second save in the same transaction).");
        }

        return AuditStamp ?? throw new InvalidOperationException(
            "Case data changed without an audit stamp: set ThadsDbContext.AuditStamp (who and when) before saving, or go through CaseService.");
    }
}
