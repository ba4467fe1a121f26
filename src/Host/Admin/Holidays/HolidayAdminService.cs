using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Data;
using Thads.Enforcement.Calendar;

namespace Thads.Host.Admin.Holidays;

/// <summary>
/// The working-day calendar for administrators, through <see cref="CalendarService"/>, which validates, audits
/// (<c>thads_calendar_audit</c>) and has every waiting working-day timer counted again. The calendar is national,
/// so only a top-level unit's administrator changes it; every administrator may read it.
/// </summary>
public sealed class HolidayAdminService(AdminAccess access, CalendarService calendar, IDbContextFactory<ThadsDbContext> contexts)
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public async Task<IReadOnlyList<HolidayView>> ListAsync(ClaimsPrincipal principal, int year, CancellationToken cancellationToken = default)
    {
        await access.ForAsync(principal, cancellationToken);
        if (year is < FirstYear or > LastYear)
        {
            throw new AdminValidationException("Year", $"Năm (Year): chọn từ {FirstYear} đến {LastYear}.");
        }

        return (await calendar.ListAsync(year, cancellationToken)).Select(HolidayView.Of).ToList();
    }

    /// <exception cref="KeyNotFoundException">No such row.</exception>
    public async Task<HolidayView> GetAsync(ClaimsPrincipal principal, int id, CancellationToken cancellationToken = default)
    {
        await access.ForAsync(principal, cancellationToken);
        return await FindAsync(id, cancellationToken) ?? throw new KeyNotFoundException($"Không có dòng lịch mã số {id}.");
    }

    public async Task<HolidayView> AddAsync(ClaimsPrincipal principal, CalendarDayInput input, CancellationToken cancellationToken = default)
    {
        var admin = await WriterAsync(principal, cancellationToken);
        try
        {
            return HolidayView.Of(await calendar.AddAsync(input, admin.User.UserName, cancellationToken));
        }
        catch (CalendarValidationException exception)
        {
            throw AdminValidationException.From(exception);
        }
    }

    public async Task<HolidayView> UpdateAsync(ClaimsPrincipal principal, int id, CalendarDayInput input, CancellationToken cancellationToken = default)
    {
        var admin = await WriterAsync(principal, cancellationToken);
        try
        {
            return HolidayView.Of(await calendar.UpdateAsync(id, input, admin.User.UserName, cancellationToken));
        }
        catch (CalendarValidationException exception)
        {
            throw AdminValidationException.From(exception);
        }
    }

    public async Task DeleteAsync(ClaimsPrincipal principal, int id, CancellationToken cancellationToken = default)
    {
        var admin = await WriterAsync(principal, cancellationToken);
        await calendar.DeleteAsync(id, admin.User.UserName, cancellationToken);
    }

    private async Task<AdminContext> WriterAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var admin = await access.ForAsync(principal, cancellationToken);
        admin.RequireSystemWide();
        return admin;
    }

    private async Task<HolidayView?> FindAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CalendarDays.AsNoTracking().FirstOrDefaultAsync(day => day.Id == id, cancellationToken) is { } day ? HolidayView.Of(day) : null;
    }
}
