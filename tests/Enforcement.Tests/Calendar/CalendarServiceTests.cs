using System.Text.Json;
using Thads.Enforcement.Calendar;
using Thads.Enforcement.Tests.Support;
using static Thads.Enforcement.Tests.Support.Dates;

namespace Thads.Enforcement.Tests.Calendar;

public sealed class CalendarServiceTests : IAsyncLifetime
{
    private CalendarDatabase _database = null!;

    public async Task InitializeAsync() => _database = await CalendarDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private static CalendarDayInput Input(string date, CalendarDayKind kind = CalendarDayKind.Holiday, string occasion = "Ngày nghỉ thử") =>
        new(D(date), kind, occasion, "Thông báo số 1/TB-TEST", "https://example.org/tb-1", CalendarConfirmation.Confirmed);

    [Fact]
    public async Task Adding_a_holiday_invalidates_the_cached_calendar_so_the_next_question_sees_it()
    {
        var calendar = _database.Calendar;
        Assert.True(calendar.IsWorkingDay(D("2026-03-10")));
        var versionBefore = calendar.Version;

        await _database.Service.AddAsync(Input("2026-03-10"), "admin");

        Assert.False(calendar.IsWorkingDay(D("2026-03-10")));
        Assert.Equal(D("2026-03-11"), calendar.AddWorkingDays(D("2026-03-09"), 1));
        Assert.True(calendar.Version > versionBefore);
    }

    [Fact]
    public async Task Deleting_a_holiday_makes_the_day_a_working_day_again()
    {
        var calendar = _database.Calendar;
        Assert.False(calendar.IsWorkingDay(D("2026-04-27")));
        var day = await _database.DayAsync(D("2026-04-27"));

        await _database.Service.DeleteAsync(day.Id, "admin");

        Assert.True(calendar.IsWorkingDay(D("2026-04-27")));
    }

    [Fact]
    public async Task Turning_a_pending_row_into_a_holiday_takes_effect_at_once()
    {
        var culture = await _database.DayAsync(D("2026-11-24"));
        Assert.True(_database.Calendar.IsWorkingDay(culture.Date));

        await _database.Service.UpdateAsync(culture.Id, Input("2026-11-24", occasion: "Ngày Văn hóa Việt Nam"), "admin");

        Assert.False(_database.Calendar.IsWorkingDay(culture.Date));
    }

    [Fact]
    public async Task Every_change_is_audited_with_who_when_before_and_after()
    {
        _database.Time.Now = new DateTimeOffset(2026, 3, 5, 2, 0, 0, TimeSpan.Zero);
        var added = await _database.Service.AddAsync(Input("2026-03-10"), "an.nguyen");
        _database.Time.Now = new DateTimeOffset(2026, 3, 6, 2, 0, 0, TimeSpan.Zero);
        await _database.Service.UpdateAsync(added.Id, Input("2026-03-10", occasion: "Ngày nghỉ đã sửa"), "binh.tran");
        await _database.Service.DeleteAsync(added.Id, "chi.le");

        var history = await _database.Service.HistoryAsync(D("2026-03-10"));

        Assert.Equal([CalendarAuditAction.Added, CalendarAuditAction.Updated, CalendarAuditAction.Deleted], history.Select(entry => entry.Action));
        Assert.Equal(["an.nguyen", "binh.tran", "chi.le"], history.Select(entry => entry.ChangedBy));
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 2, 0, 0, TimeSpan.Zero), history[0].ChangedAt);
        Assert.All(history, entry => Assert.Equal(added.Id, entry.CalendarDayId));
        Assert.Null(history[0].Before);
        Assert.Equal("Ngày nghỉ thử", Occasion(history[1].Before));
        Assert.Equal("Ngày nghỉ đã sửa", Occasion(history[1].After));
        Assert.Equal("Ngày nghỉ đã sửa", Occasion(history[2].Before));
        Assert.Null(history[2].After);
    }

    [Fact]
    public async Task An_edit_records_who_changed_the_row_and_when_on_the_row_itself()
    {
        var day = await _database.DayAsync(D("2026-02-16"));
        _database.Time.Now = new DateTimeOffset(2026, 3, 7, 3, 0, 0, TimeSpan.Zero);

        await _database.Service.UpdateAsync(day.Id, Input("2026-02-16", occasion: "Tết Nguyên đán Bính Ngọ (mùng 1 là 17/02)"), "dung.pham");

        var after = await _database.DayAsync(D("2026-02-16"));
        Assert.Equal((CalendarSeeder.Actor, "dung.pham"), (after.CreatedBy, after.UpdatedBy));
        Assert.Equal(new DateTimeOffset(2026, 3, 7, 3, 0, 0, TimeSpan.Zero), after.UpdatedAt);
        Assert.True(after.CreatedAt < after.UpdatedAt);
    }

    [Fact]
    public async Task Observers_are_told_which_dates_changed_and_the_new_version()
    {
        var day = await _database.DayAsync(D("2026-04-27"));

        await _database.Service.UpdateAsync(day.Id, Input("2026-04-28", CalendarDayKind.CompensatoryDayOff), "admin");

        var change = Assert.Single(_database.Observer.Changes);
        Assert.Equal([D("2026-04-27"), D("2026-04-28")], change.Dates);
        Assert.Equal(_database.Calendar.Version, change.Version);
    }

    [Fact]
    public async Task A_second_row_for_the_same_date_is_refused_naming_the_date_field()
    {
        var exception = await Assert.ThrowsAsync<CalendarValidationException>(() =>
            _database.Service.AddAsync(Input("2026-02-17"), "admin"));

        var error = Assert.Single(exception.Errors);
        Assert.Equal("Date", error.Field);
        Assert.StartsWith("Ngày (Date): đã có một dòng cho thứ Ba 17/02/2026 (Tết Nguyên đán Bính Ngọ)", error.Message);
    }

    [Fact]
    public async Task Moving_a_row_onto_a_date_that_has_one_is_refused_and_changes_nothing()
    {
        var compensatory = await _database.DayAsync(D("2026-04-27"));

        await Assert.ThrowsAsync<CalendarValidationException>(() =>
            _database.Service.UpdateAsync(compensatory.Id, Input("2026-04-30"), "admin"));

        Assert.Equal(CalendarDayKind.CompensatoryDayOff, (await _database.DayAsync(D("2026-04-27"))).Kind);
        Assert.Empty(await _database.Service.HistoryAsync(D("2026-04-30")));
        Assert.Empty(_database.Observer.Changes);
    }

    [Fact]
    public async Task A_swap_workday_on_a_weekday_is_refused_with_a_Vietnamese_message_naming_the_field()
    {
        var exception = await Assert.ThrowsAsync<CalendarValidationException>(() =>
            _database.Service.AddAsync(Input("2026-03-09", CalendarDayKind.SwapWorkday), "admin"));

        var error = Assert.Single(exception.Errors);
        Assert.Equal("Date", error.Field);
        Assert.Equal(
            "Ngày (Date): ngày làm việc bù do hoán đổi (SwapWorkday) phải là thứ Bảy hoặc Chủ nhật, nhưng thứ Hai 09/03/2026 không phải.",
            error.Message);
        Assert.Null(await _database.FindDayAsync(D("2026-03-09")));
    }

    [Fact]
    public async Task A_day_off_on_a_weekend_is_refused_pointing_to_the_compensatory_day()
    {
        var exception = await Assert.ThrowsAsync<CalendarValidationException>(() =>
            _database.Service.AddAsync(Input("2026-03-08"), "admin"));

        var error = Assert.Single(exception.Errors);
        Assert.Equal("Date", error.Field);
        Assert.StartsWith("Ngày (Date): Chủ nhật 08/03/2026 là ngày nghỉ hằng tuần", error.Message);
        Assert.Contains("CompensatoryDayOff", error.Message);
        Assert.Contains("Điều 111 khoản 3", error.Message);
    }

    [Fact]
    public async Task Empty_occasion_and_legal_basis_are_refused_each_by_name()
    {
        var input = new CalendarDayInput(D("2026-03-10"), CalendarDayKind.Holiday, "  ", "", null, CalendarConfirmation.Confirmed);

        var exception = await Assert.ThrowsAsync<CalendarValidationException>(() => _database.Service.AddAsync(input, "admin"));

        Assert.Equal(["Occasion", "LegalBasis"], exception.Errors.Select(error => error.Field));
        Assert.Contains("Dịp (Occasion): không được để trống.", exception.Message);
        Assert.Contains("Căn cứ pháp lý (LegalBasis): không được để trống.", exception.Message);
    }

    [Fact]
    public async Task A_change_without_an_actor_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _database.Service.AddAsync(Input("2026-03-10"), " "));
    }

    [Fact]
    public async Task Updating_or_deleting_an_unknown_id_says_so()
    {
        var update = await Assert.ThrowsAsync<KeyNotFoundException>(() => _database.Service.UpdateAsync(99_999, Input("2026-03-10"), "admin"));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => _database.Service.DeleteAsync(99_999, "admin"));

        Assert.Contains("99999", update.Message);
    }

    [Fact]
    public async Task Texts_are_stored_trimmed_and_an_empty_source_as_none()
    {
        var input = new CalendarDayInput(D("2026-03-10"), CalendarDayKind.Holiday, "  Ngày nghỉ  ", " TB 1 ", "  ", CalendarConfirmation.Unconfirmed);

        var day = await _database.Service.AddAsync(input, "admin");

        Assert.Equal(("Ngày nghỉ", "TB 1", (string?)null), (day.Occasion, day.LegalBasis, day.Source));
    }

    private static string? Occasion(string? json) =>
        json is null ? null : JsonDocument.Parse(json).RootElement.GetProperty("Occasion").GetString();
}
