using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Cases.Audit;
using Thads.Enforcement.Legal.Status;
using static Thads.Enforcement.Tests.Support.Dates;

namespace Thads.Enforcement.Tests.Cases;

public sealed class CaseAuditTests : IAsyncLifetime
{
    private CaseWorld _world = null!;

    public async Task InitializeAsync() => _world = await CaseWorld.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private CaseService Cases => _world.Service;

    private static JsonElement Json(string? json) => JsonDocument.Parse(json ?? throw new InvalidOperationException("No JSON.")).RootElement;

    [Fact]
    public async Task Registering_audits_the_case_and_each_party_and_obligation_as_added_with_their_ids_and_the_actor()
    {
        var c = await Cases.RegisterAsync(Intakes.OnRequest(), CaseWorld.Clerk);

        var trail = await Cases.AuditTrailAsync(c.Id);

        Assert.Equal(["EnforcementCase", "Obligation", "Obligation", "Party", "Party"], trail.Select(a => a.Entity).Order());
        Assert.All(trail, a =>
        {
            Assert.Equal(AuditAction.Added, a.Action);
            Assert.Null(a.Before);
            Assert.Equal(CaseWorld.Clerk, a.Actor);
            Assert.Equal(_world.Database.Time.Now, a.At);
            Assert.Equal(c.Id, a.CaseId);
        });
        var caseRow = trail.Single(a => a.Entity == "EnforcementCase");
        Assert.Equal(c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), caseRow.EntityId);
        Assert.Equal("15/2025/HS-THADS", Json(caseRow.After).GetProperty("CaseNumber").GetString());
        Assert.Equal("Nguyễn Văn Khánh", trail.Where(a => a.Entity == "Party").Select(a => Json(a.After).GetProperty("FullName").GetString()).Order().First());
    }

    [Fact]
    public async Task A_status_change_is_audited_with_the_case_row_before_and_after_and_the_history_row_added()
    {
        var c = await _world.DecidedAndAssignedAsync();
        _world.Database.Time.Now = _world.Database.Time.Now.AddMinutes(5);
        var since = _world.Database.Time.Now;

        await Cases.ChangeStatusAsync(c.Id, EnforcementStatus.Postponed, LegalGroundCodes.PostponeByAgreement, D("2025-11-20"), "26/QĐ-THADS", "pho.dn");

        var latest = (await Cases.AuditTrailAsync(c.Id)).Where(a => a.At >= since).ToList();
        var caseRow = Assert.Single(latest, a => a.Entity == "EnforcementCase");
        Assert.Equal(AuditAction.Modified, caseRow.Action);
        Assert.Equal("Accepted", Json(caseRow.Before).GetProperty("Status").GetString());
        Assert.Equal("Postponed", Json(caseRow.After).GetProperty("Status").GetString());
        Assert.Equal(Json(caseRow.Before).GetProperty("Version").GetInt64() + 1, Json(caseRow.After).GetProperty("Version").GetInt64());
        var history = Assert.Single(latest, a => a.Entity == "StatusChange");
        Assert.Equal(AuditAction.Added, history.Action);
        Assert.Equal("48.1.c", Json(history.After).GetProperty("GroundCode").GetString());
        Assert.All(latest, a => Assert.Equal("pho.dn", a.Actor));
    }

    [Fact]
    public async Task Each_change_has_its_own_audit_rows_and_a_child_change_is_not_drowned_by_the_case_bookkeeping()
    {
        var c = await _world.ExecutingAsync();
        var before = (await Cases.AuditTrailAsync(c.Id)).Count;

        await Cases.RecordMoneyAsync(c.Id, new MoneyInput(MoneyKind.Collected, 1_000_000, D("2025-12-01")) { ObligationId = c.PrivateDebt().Id, ReceiptNumber = "BL-7" }, "chv.an");

        var added = (await Cases.AuditTrailAsync(c.Id)).Skip(before).ToList();
        Assert.Equal(["MoneyEntry", "Obligation"], added.Select(a => a.Entity).Order());
        var obligation = added.Single(a => a.Entity == "Obligation");
        Assert.Equal(0, Json(obligation.Before).GetProperty("Paid").GetInt64());
        Assert.Equal(1_000_000, Json(obligation.After).GetProperty("Paid").GetInt64());
    }

    [Fact]
    public async Task A_refused_change_leaves_no_audit_row()
    {
        var c = await _world.DecidedAndAssignedAsync();
        var before = (await Cases.AuditTrailAsync(c.Id)).Count;

        await Assert.ThrowsAsync<CaseValidationException>(() => Cases.ChangeStatusAsync(c.Id, EnforcementStatus.Completed, LegalGroundCodes.Performed, D("2025-11-20"), null, "chv.an"));

        Assert.Equal(before, (await Cases.AuditTrailAsync(c.Id)).Count);
    }

    [Fact]
    public async Task The_audit_is_ordered_and_filtered_by_time_in_sql_because_times_are_stored_as_utc_ticks()
    {
        var c = await Cases.RegisterAsync(Intakes.OnRequest(), CaseWorld.Clerk);
        var decidedAt = _world.Database.Time.Now = _world.Database.Time.Now.AddHours(1);
        await Cases.IssueDecisionAsync(c.Id, "15/QĐ-THADS", D("2025-11-06"), "Lê Văn Trưởng", "truong.dn");

        await using var db = _world.Database.Factory.CreateDbContext();
        var later = await db.Audit.Where(a => a.At >= decidedAt).OrderByDescending(a => a.At).Select(a => a.Entity).ToListAsync();

        Assert.Equal(["EnforcementCase", "StatusChange"], later.Order());
    }

    [Fact]
    public async Task Saving_case_data_without_saying_who_is_refused_by_the_context_itself()
    {
        var c = await Cases.RegisterAsync(Intakes.OnRequest(), CaseWorld.Clerk);
        await using var db = _world.Database.Factory.CreateDbContext();
        var tracked = await db.Cases.SingleAsync(x => x.Id == c.Id);
        tracked.CourtName = "Sửa ngoài CaseService";

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        Assert.Equal("Tòa án nhân dân khu vực 1 - Đà Nẵng", (await _world.ReloadAsync(c.Id)).CourtName);
    }
}
