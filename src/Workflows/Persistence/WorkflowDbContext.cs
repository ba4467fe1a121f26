using Microsoft.EntityFrameworkCore;
using Thads.Workflows.Persistence.Rows;

namespace Thads.Workflows.Persistence;

/// <summary>
/// The engine's tables (all prefixed <c>wf_</c>), separate from the application's own context so the
/// engine stays independent of what it runs. Times are stored as UTC ticks so that every provider
/// compares and indexes them alike.
/// </summary>
public sealed class WorkflowDbContext(DbContextOptions<WorkflowDbContext> options) : DbContext(options)
{
    internal DbSet<DefinitionRow> Definitions => Set<DefinitionRow>();

    internal DbSet<InstanceRow> Instances => Set<InstanceRow>();

    internal DbSet<TokenRow> Tokens => Set<TokenRow>();

    internal DbSet<VariableRow> Variables => Set<VariableRow>();

    internal DbSet<TaskRow> Tasks => Set<TaskRow>();

    internal DbSet<BookmarkRow> Bookmarks => Set<BookmarkRow>();

    internal DbSet<IncidentRow> Incidents => Set<IncidentRow>();

    internal DbSet<JournalPageRow> Journal => Set<JournalPageRow>();

    internal DbSet<StartTimerRow> StartTimers => Set<StartTimerRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DefinitionRow>(e =>
        {
            e.ToTable("wf_definitions");
            e.HasKey(x => x.Id);
            e.Property(x => x.Key).HasMaxLength(200);
            e.Property(x => x.ContentHash).HasMaxLength(64);
            e.HasIndex(x => new { x.Key, x.Version }).IsUnique();
        });
        modelBuilder.Entity<InstanceRow>(e =>
        {
            e.ToTable("wf_instances");
            e.HasKey(x => x.Id);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Property(x => x.ProcessId).HasMaxLength(200);
            e.Property(x => x.BusinessKey).HasMaxLength(200);
            e.HasIndex(x => x.BusinessKey);
            e.HasIndex(x => new { x.DefinitionId, x.Status });
            e.HasIndex(x => x.ParentInstanceId);
        });
        modelBuilder.Entity<TokenRow>(e =>
        {
            e.ToTable("wf_tokens");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.InstanceId);
        });
        modelBuilder.Entity<VariableRow>(e =>
        {
            e.ToTable("wf_variables");
            e.HasKey(x => new { x.InstanceId, x.ScopeId, x.Name });
        });
        modelBuilder.Entity<TaskRow>(e =>
        {
            e.ToTable("wf_tasks");
            e.HasKey(x => x.Id);
            // (InstanceId, Status), not InstanceId alone: loading an instance asks for its open tasks, and with a
            // one-column index SQLite preferred the (Status, …) index and walked every open task of the system
            // (100 ms per case page at 100,000 cases).
            e.HasIndex(x => new { x.InstanceId, x.Status });
            e.HasIndex(x => new { x.Status, x.Assignee, x.DueAtTicks });
            // The unit inbox: open, of a set of units and roles, unclaimed, by due date. With Assignee and the sort keys
            // in the index, its count and its page are read from the index alone (100 ms → 3 ms for a province with
            // 70,000 open tasks).
            e.HasIndex(x => new { x.Status, x.CandidateUnit, x.CandidateRole, x.Assignee, x.DueAtTicks, x.CreatedAtTicks });
        });
        modelBuilder.Entity<BookmarkRow>(e =>
        {
            e.ToTable("wf_bookmarks");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.InstanceId);
            e.HasIndex(x => new { x.Kind, x.DueAtTicks });
            e.HasIndex(x => new { x.Kind, x.MessageName, x.CorrelationKey });
        });
        modelBuilder.Entity<IncidentRow>(e =>
        {
            e.ToTable("wf_incidents");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.InstanceId, x.ResolvedAtTicks });
        });
        modelBuilder.Entity<StartTimerRow>(e =>
        {
            e.ToTable("wf_start_timers");
            e.HasKey(x => x.Id);
            e.Property(x => x.ProcessKey).HasMaxLength(200);
            e.HasIndex(x => x.ProcessKey);
            e.HasIndex(x => x.DueAtTicks);
        });
        modelBuilder.Entity<JournalPageRow>(e =>
        {
            e.ToTable("wf_journal");
            e.HasKey(x => new { x.InstanceId, x.FirstSeq });
        });
    }
}
