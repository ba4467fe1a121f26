using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Data;

namespace Thads.Enforcement.Calendar;

/// <summary>
/// Administrators' edits of the working-day calendar: validated, audited in the same transaction, then the cached
/// calendar is invalidated and the observers (timer recomputation) are told.
/// </summary>
public sealed class CalendarService(
    IDbContextFactory<ThadsDbContext> dbFactory,
    WorkingDayCalendar calendar,
    TimeProvider time,
    IEnumerable<ICalendarChangeObserver> observers)
{
    /// <summary>Every stored row of <paramref name="year"/>, Pending and swapped Saturdays included, by date.</summary>
    public async Task<IReadOnlyList<CalendarDay>> ListAsync(int year, CancellationToken cancellationToken = default)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CalendarDays.AsNoTracking()
            .Where(day => day.Date >= first && day.Date <= last)
            .OrderBy(day => day.Date)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The audit trail of one date, oldest first.</summary>
    public async Task<IReadOnlyList<CalendarAuditEntry>> HistoryAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CalendarAudit.AsNoTracking()
            .Where(entry => entry.Date == date)
            .OrderBy(entry => entry.Id)
            .ToListAsync(cancellationToken);
    }

    /// <exception cref="CalendarValidationException">The row breaks a rule; nothing was saved.</exception>
    public async Task<CalendarDay> AddAsync(CalendarDayInput input, string actor, CancellationToken cancellationToken = default)
    {
        RequireActor(actor);
        input = Normalize(input);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        ThrowIfInvalid(input, await FindOtherAsync(db, input.Date, exceptId: null, cancellationToken));

        var now = time.GetUtcNow();
        var day = new CalendarDay { CreatedAt = now, CreatedBy = actor };
        Apply(day, input, actor, now);
        // The audit row needs the new id, so the insert and the audit are two statements in one transaction.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.CalendarDays.Add(day);
            await SaveAsync(db, input, exceptId: null, cancellationToken);
            db.CalendarAudit.Add(Audit(CalendarAuditAction.Added, day, actor, now, before: null, after: CalendarDayState.Of(day)));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await ChangedAsync([day.Date], cancellationToken);
        return day;
    }

    /// <exception cref="CalendarValidationException">The row breaks a rule; nothing was saved.</exception>
    /// <exception cref="KeyNotFoundException">No row has this id.</exception>
    public async Task<CalendarDay> UpdateAsync(int id, CalendarDayInput input, string actor, CancellationToken cancellationToken = default)
    {
        RequireActor(actor);
        input = Normalize(input);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var day = await FindAsync(db, id, cancellationToken);
        ThrowIfInvalid(input, await FindOtherAsync(db, input.Date, exceptId: id, cancellationToken));

        var before = CalendarDayState.Of(day);
        var now = time.GetUtcNow();
        Apply(day, input, actor, now);
        db.CalendarAudit.Add(Audit(CalendarAuditAction.Updated, day, actor, now, before, CalendarDayState.Of(day)));
        await SaveAsync(db, input, exceptId: id, cancellationToken);
        await ChangedAsync(before.Date == day.Date ? [day.Date] : [before.Date, day.Date], cancellationToken);
        return day;
    }

    /// <exception cref="KeyNotFoundException">No row has this id.</exception>
    public async Task DeleteAsync(int id, string actor, CancellationToken cancellationToken = default)
    {
        RequireActor(actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var day = await FindAsync(db, id, cancellationToken);
        db.CalendarDays.Remove(day);
        db.CalendarAudit.Add(Audit(CalendarAuditAction.Deleted, day, actor, time.GetUtcNow(), CalendarDayState.Of(day), after: null));
        await db.SaveChangesAsync(cancellationToken);
        await ChangedAsync([day.Date], cancellationToken);
    }

    private static void RequireActor(string actor)
    {
        if (string.IsNullOrWhiteSpace(actor))
        {
            throw new ArgumentException("Người thực hiện (actor) không được để trống: mọi thay đổi lịch đều được ghi vết.", nameof(actor));
        }
    }

    private static CalendarDayInput Normalize(CalendarDayInput input) => input with
    {
        Occasion = input.Occasion?.Trim() ?? string.Empty,
        LegalBasis = input.LegalBasis?.Trim() ?? string.Empty,
        Source = string.IsNullOrWhiteSpace(input.Source) ? null : input.Source.Trim(),
    };

    private static void ThrowIfInvalid(CalendarDayInput input, CalendarDay? sameDate)
    {
        var errors = CalendarDayValidator.Validate(input, sameDate);
        if (errors.Count > 0)
        {
            throw new CalendarValidationException(errors);
        }
    }

    private static Task<CalendarDay?> FindOtherAsync(ThadsDbContext db, DateOnly date, int? exceptId, CancellationToken cancellationToken) =>
        db.CalendarDays.AsNoTracking().FirstOrDefaultAsync(day => day.Date == date && day.Id != exceptId, cancellationToken);

    private static async Task<CalendarDay> FindAsync(ThadsDbContext db, int id, CancellationToken cancellationToken) =>
        await db.CalendarDays.FirstOrDefaultAsync(day => day.Id == id, cancellationToken)
        ?? throw new KeyNotFoundException($"Không tìm thấy dòng lịch có mã (Id) {id}; có thể dòng đã bị xóa.");

    private static void Apply(CalendarDay day, CalendarDayInput input, string actor, DateTimeOffset now)
    {
        day.Date = input.Date;
        day.Kind = input.Kind;
        day.Occasion = input.Occasion;
        day.LegalBasis = input.LegalBasis;
        day.Source = input.Source;
        day.Confirmation = input.Confirmation;
        day.UpdatedAt = now;
        day.UpdatedBy = actor;
    }

    private static CalendarAuditEntry Audit(
        CalendarAuditAction action, CalendarDay day, string actor, DateTimeOffset now, CalendarDayState? before, CalendarDayState? after) =>
        new()
        {
            CalendarDayId = day.Id,
            Date = after?.Date ?? day.Date,
            Action = action,
            ChangedBy = actor,
            ChangedAt = now,
            Before = before?.ToJson(),
            After = after?.ToJson(),
        };

    /// <summary>Saves; a row for the same date committed meanwhile by someone else becomes the duplicate-date message.</summary>
    private static async Task SaveAsync(ThadsDbContext db, CalendarDayInput input, int? exceptId, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            var other = await FindOtherAsync(db, input.Date, exceptId, cancellationToken);
            if (other is null)
            {
                throw;
            }

            ThrowIfInvalid(input, other);
            throw;
        }
    }

    private async Task ChangedAsync(IReadOnlyList<DateOnly> dates, CancellationToken cancellationToken)
    {
        calendar.Invalidate();
        var change = new CalendarChange(dates, calendar.Version);
        foreach (var observer in observers)
        {
            await observer.OnCalendarChangedAsync(change, cancellationToken);
        }
    }
}
