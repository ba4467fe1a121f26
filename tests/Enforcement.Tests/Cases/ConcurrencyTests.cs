using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Thads.Enforcement.Data;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Tests.Support;
using static Thads.Enforcement.Tests.Support.Dates;

namespace Thads.Enforcement.Tests.Cases;

public sealed class ConcurrencyTests : IAsyncLifetime
{
    private CaseWorld _world = null!;

    public async Task InitializeAsync() => _world = await CaseWorld.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    /// <summary>
    /// Lets another user save the same case at the moment this context is about to start its save transaction, i.e.
    /// after the service read and checked the case: the interleaving of two users, made deterministic.
    /// </summary>
    private sealed class CompetingWrite(Func<Task> otherUser) : DbTransactionInterceptor
    {
        private Func<Task>? _pending = otherUser;

        public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
            DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Exchange(ref _pending, null) is { } other)
            {
                await other();
            }

            return result;
        }
    }

    [Fact]
    public async Task When_another_user_changed_the_case_meanwhile_the_later_save_fails_with_a_clear_conflict_and_changes_nothing()
    {
        var c = await _world.DecidedAndAssignedAsync();
        var other = _world.Service;
        var interleaved = new DbContextOptionsBuilder<ThadsDbContext>();
        interleaved.UseThadsSqlite(_world.Database.ConnectionString)
            .AddInterceptors(new CompetingWrite(() => other.RecordApprovalAsync(c.Id, ApprovalKinds.Assignment, approved: true, null, "pho.dn")));
        var mine = new CaseService(new TestDbContextFactory(interleaved.Options), _world.Database.Time);
        var before = (await _world.ReloadAsync(c.Id)).Version;

        var conflict = await Assert.ThrowsAsync<CaseConcurrencyException>(
            () => mine.RecordApprovalAsync(c.Id, ApprovalKinds.Assignment, approved: false, "Không đồng ý", "truong.dn"));

        var after = await _world.ReloadAsync(c.Id);
        Assert.Equal("15/2025/HS-THADS", conflict.CaseNumber);
        Assert.Contains("vừa được người khác cập nhật", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(before + 1, after.Version);
        Assert.True(Assert.Single(after.Approvals).Approved);
        Assert.DoesNotContain((await _world.Service.AuditTrailAsync(c.Id)), a => a.Actor == "truong.dn" && a.Entity == "Approval");
    }

    [Fact]
    public async Task Two_contexts_saving_the_same_case_row_cannot_both_win()
    {
        var c = await _world.DecidedAndAssignedAsync();
        await using var first = _world.Database.Factory.CreateDbContext();
        await using var second = _world.Database.Factory.CreateDbContext();
        first.AuditStamp = second.AuditStamp = new Thads.Enforcement.Cases.Audit.AuditStamp("test", _world.Database.Time.Now);
        var a = await first.Cases.SingleAsync(x => x.Id == c.Id);
        var b = await second.Cases.SingleAsync(x => x.Id == c.Id);
        a.VoluntaryPeriodEndsOn = D("2025-11-17");
        a.Version++;
        b.VoluntaryPeriodEndsOn = D("2025-11-18");
        b.Version++;

        await first.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        Assert.Equal(D("2025-11-17"), (await _world.ReloadAsync(c.Id)).VoluntaryPeriodEndsOn);
    }
}
