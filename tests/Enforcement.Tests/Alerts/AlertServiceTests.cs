using Thads.Enforcement.Alerts;
using Thads.Enforcement.Organisation;
using Thads.Enforcement.Tests.Support;

namespace Thads.Enforcement.Tests.Alerts;

public sealed class AlertServiceTests : IAsyncLifetime
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private CalendarDatabase _database = null!;
    private readonly RecordingAlertMailer _mailer = new();
    private AlertService _alerts = null!;

    public async Task InitializeAsync()
    {
        _database = await CalendarDatabase.CreateAsync();
        _alerts = new AlertService(_database.Factory, new LeaderDirectory(_database.Factory), _mailer, _database.Time);
        await using var db = _database.Factory.CreateDbContext();
        var province = new Unit { Code = "DN", Name = "Thi hành án dân sự thành phố Đà Nẵng", Kind = UnitKind.ProvincialAgency };
        db.Units.Add(province);
        await db.SaveChangesAsync();
        db.Units.Add(new Unit { Code = "DN-KV2", Name = "Phòng THADS khu vực 2", Kind = UnitKind.RegionalOffice, ParentId = province.Id });
        db.Staff.AddRange(
            new StaffMember { UserName = "head", FullName = "Trưởng", Email = "head@dn.vn", UnitId = province.Id, Roles = StaffRoles.Head },
            new StaffMember { UserName = "deputy", FullName = "Phó", Email = "deputy@dn.vn", UnitId = province.Id, Roles = StaffRoles.Deputy, AlertMode = AlertMode.DailyDigest, DigestHour = 7 },
            new StaffMember { UserName = "gone", FullName = "Đã nghỉ", Email = "gone@dn.vn", UnitId = province.Id, Roles = StaffRoles.Head, Active = false },
            new StaffMember { UserName = "executor", FullName = "Chấp hành viên", Email = "chv@dn.vn", UnitId = province.Id, Roles = StaffRoles.Executor });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private void At(int day, int hour, int minute = 0) => _database.Time.Now = new DateTimeOffset(2026, 3, day, hour, minute, 0, Vietnam);

    private static AlertRequest Late(string caseKey, string unit = "DN-KV2") =>
        new(caseKey, "W7a", unit, "Chậm xác minh", $"Hồ sơ {caseKey} chậm xác minh.", $"/cases/{caseKey}");

    [Fact]
    public async Task The_same_case_rule_and_day_is_raised_and_mailed_once_and_again_the_next_day()
    {
        At(2, 9);
        var first = await _alerts.RaiseAsync(Late("HS-1"));
        At(2, 16);
        var again = await _alerts.RaiseAsync(Late("HS-1"));
        At(3, 9);
        var nextDay = await _alerts.RaiseAsync(Late("HS-1"));

        Assert.True(first.IsNew);
        Assert.Equal(1, first.MailedNow);
        Assert.Equal(1, first.QueuedForDigest);
        Assert.False(again.IsNew);
        Assert.Equal(first.AlertId, again.AlertId);
        Assert.True(nextDay.IsNew);
        Assert.Equal(["head@dn.vn", "head@dn.vn"], _mailer.Alerts.Select(a => a.To));
        Assert.NotEqual(_mailer.Alerts[0].DedupeKey, _mailer.Alerts[1].DedupeKey);
    }

    [Fact]
    public async Task A_regional_office_without_leaders_escalates_to_its_province_and_inactive_or_non_leading_staff_are_skipped()
    {
        At(2, 9);

        await _alerts.RaiseAsync(Late("HS-2"));

        Assert.Equal(["head@dn.vn"], _mailer.Alerts.Select(a => a.To));
    }

    [Fact]
    public async Task A_daily_digest_goes_out_once_at_the_leaders_hour_with_the_alerts_raised_before_it()
    {
        At(2, 6);
        await _alerts.RaiseAsync(Late("HS-3"));
        await _alerts.RaiseAsync(Late("HS-4"));

        At(2, 6, 59);
        Assert.Equal(0, await _alerts.SendDueDigestsAsync());
        At(2, 7, 5);
        Assert.Equal(1, await _alerts.SendDueDigestsAsync());
        At(2, 7, 10);
        Assert.Equal(0, await _alerts.SendDueDigestsAsync());

        At(2, 8);
        await _alerts.RaiseAsync(Late("HS-5"));
        At(2, 23);
        Assert.Equal(0, await _alerts.SendDueDigestsAsync());
        At(3, 7);
        Assert.Equal(1, await _alerts.SendDueDigestsAsync());

        Assert.Equal(2, _mailer.Digests.Count);
        Assert.Equal(["HS-3", "HS-4"], _mailer.Digests[0].Cases);
        Assert.Equal(["HS-5"], _mailer.Digests[1].Cases);
        Assert.All(_mailer.Digests, d => Assert.Equal("deputy@dn.vn", d.To));
    }

    [Fact]
    public async Task An_unknown_unit_is_refused_with_a_message_naming_the_unit_code()
    {
        At(2, 9);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _alerts.RaiseAsync(Late("HS-6", unit: "XX")));

        Assert.Contains("XX", error.Message);
        Assert.Contains("mã đơn vị", error.Message);
        Assert.Empty(_mailer.Alerts);
    }
}
