using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Thads.Enforcement.Calendar;
using Thads.Enforcement.Cases.Audit;
using Thads.Enforcement.Data;
using Thads.Enforcement.Organisation;

namespace Thads.Host.Admin.Audit;

/// <summary>
/// The audit log for administrators: the main trail (<c>thads_audit</c>: case data, units, staff, accounts, mail) and the
/// calendar's (<c>thads_calendar_audit</c>) in one list, newest first. An administrator sees the rows of their subtree:
/// cases of its units (or delegated to them), its units, its people and their accounts; the shared settings (mail,
/// outbox, calendar) only when they administer a top-level unit.
/// </summary>
public sealed class AuditLogService(AdminAccess access, IDbContextFactory<ThadsDbContext> contexts)
{
    public const string MainSource = "audit";
    public const string CalendarSource = "calendar";
    public const int MaxPageSize = 100;

    /// <summary>Deepest row reachable by paging; narrow the filters to go further back.</summary>
    public const int MaxDepth = 10_000;

    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <exception cref="AdminValidationException">A filter value is not valid.</exception>
    public async Task<AuditPage> SearchAsync(ClaimsPrincipal principal, AuditFilter filter, CancellationToken cancellationToken = default)
    {
        var admin = await access.ForAsync(principal, cancellationToken);
        Validate(filter);
        var take = filter.Page * filter.PageSize;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var main = Filtered(Visible(db, admin), db, filter);
        var total = await main.CountAsync(cancellationToken);
        var rows = (await main.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(take).ToListAsync(cancellationToken))
            .Select(a => Row(MainSource, a.Id, a.At, a.Actor, a.Entity, a.EntityId, a.CaseId, a.Action, a.Before, a.After))
            .ToList();

        if (IncludesCalendar(admin, filter))
        {
            var calendar = await CalendarRowsAsync(db, filter, cancellationToken);
            total += calendar.Count;
            rows.AddRange(calendar);
        }

        var page = rows.OrderByDescending(r => r.At).ThenByDescending(r => r.Id)
            .Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize).ToList();
        var caseIds = page.Where(r => r.CaseId is not null).Select(r => r.CaseId!.Value).Distinct().ToList();
        var numbers = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.CaseNumber, cancellationToken);
        return new AuditPage(
            page.Select(r => r.CaseId is { } id ? r with { CaseNumber = numbers.GetValueOrDefault(id) } : r).ToList(),
            filter.Page, filter.PageSize, total);
    }

    /// <summary>The rows of the administrator's subtree, as one SQL condition (subqueries, so no id list is loaded).</summary>
    private static IQueryable<AuditEntry> Visible(ThadsDbContext db, AdminContext admin)
    {
        var units = admin.Units.ToList();
        var unitKeys = units.Select(AuditRecords.Key).ToList();
        var cases = db.Cases.Where(c => units.Contains(c.UnitId) || (c.DelegatedToUnitId != null && units.Contains(c.DelegatedToUnitId.Value))).Select(c => (int?)c.Id);
        var people = db.Staff.Where(s => units.Contains(s.UnitId));
        var staffKeys = people.Select(s => s.Id.ToString());
        var userNames = people.Select(s => s.UserName);
        var handovers = db.Handovers.Where(h => people.Any(s => s.Id == h.FromExecutorId)).Select(h => h.Id.ToString());
        var shared = admin.SystemWide;
        return db.Audit.AsNoTracking().Where(a =>
            (a.CaseId != null && cases.Contains(a.CaseId))
            || (a.Entity == OrganisationService.UnitEntity && unitKeys.Contains(a.EntityId))
            || (a.Entity == OrganisationService.StaffEntity && staffKeys.Contains(a.EntityId))
            || (a.Entity == AdminAuditTrail.AccountEntity && userNames.Contains(a.EntityId))
            || (a.Entity == nameof(Thads.Enforcement.Cases.Handover) && handovers.Contains(a.EntityId))
            || (shared && (a.Entity == AdminAuditTrail.MailSettingsEntity || a.Entity == AdminAuditTrail.MailMessageEntity)));
    }

    private static IQueryable<AuditEntry> Filtered(IQueryable<AuditEntry> rows, ThadsDbContext db, AuditFilter filter)
    {
        if (filter.From is { } from)
        {
            var start = StartOf(from);
            rows = rows.Where(a => a.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = StartOf(to.AddDays(1));
            rows = rows.Where(a => a.At < end);
        }

        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var user = filter.User.Trim();
            rows = rows.Where(a => a.Actor.Contains(user));
        }

        if (!string.IsNullOrWhiteSpace(filter.Entity))
        {
            var entity = filter.Entity.Trim();
            rows = rows.Where(a => a.Entity == entity);
        }

        if (!string.IsNullOrWhiteSpace(filter.CaseNumber))
        {
            var number = filter.CaseNumber.Trim();
            var ids = db.Cases.Where(c => c.CaseNumber == number).Select(c => (int?)c.Id);
            rows = rows.Where(a => ids.Contains(a.CaseId));
        }

        if (filter.Action is { } action)
        {
            rows = rows.Where(a => a.Action == action);
        }

        return rows;
    }

    private static bool IncludesCalendar(AdminContext admin, AuditFilter filter) =>
        admin.SystemWide
        && string.IsNullOrWhiteSpace(filter.CaseNumber)
        && (string.IsNullOrWhiteSpace(filter.Entity) || filter.Entity.Trim() == AuditEntities.CalendarDay)
        && filter.Action is null or AuditAction.Added or AuditAction.Modified or AuditAction.Deleted;

    /// <summary>The calendar's trail is a few rows per holiday; its times are stored as text, so dates are compared here.</summary>
    private static async Task<List<AuditRow>> CalendarRowsAsync(ThadsDbContext db, AuditFilter filter, CancellationToken cancellationToken)
    {
        var rows = db.CalendarAudit.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var user = filter.User.Trim();
            rows = rows.Where(a => a.ChangedBy.Contains(user));
        }

        var start = filter.From is { } from ? StartOf(from) : DateTimeOffset.MinValue;
        var end = filter.To is { } to ? StartOf(to.AddDays(1)) : DateTimeOffset.MaxValue;
        return (await rows.ToListAsync(cancellationToken))
            .Select(a => Row(CalendarSource, a.Id, a.ChangedAt, a.ChangedBy, AuditEntities.CalendarDay, AuditRecords.Key(a.CalendarDayId), null, ActionOf(a.Action), a.Before, a.After))
            .Where(r => r.At >= start && r.At < end && (filter.Action is not { } action || r.Action == action))
            .ToList();
    }

    private static AuditAction ActionOf(CalendarAuditAction action) => action switch
    {
        CalendarAuditAction.Added => AuditAction.Added,
        CalendarAuditAction.Deleted => AuditAction.Deleted,
        _ => AuditAction.Modified,
    };

    private static AuditRow Row(string source, long id, DateTimeOffset at, string actor, string entity, string entityId, int? caseId, AuditAction action, string? before, string? after) =>
        new(source, id, at, actor, entity, entityId, caseId, null, action, before, after, AuditDiff.Changes(before, after));

    private static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), VietnamOffset);

    private static void Validate(AuditFilter filter)
    {
        var errors = new List<AdminFieldError>();
        if (filter.Page < 1)
        {
            errors.Add(new("Page", "Trang (Page): từ 1 trở lên."));
        }

        if (filter.PageSize is < 1 or > MaxPageSize)
        {
            errors.Add(new("PageSize", $"Số dòng mỗi trang (PageSize): từ 1 đến {MaxPageSize}."));
        }
        else if (filter.Page >= 1 && (long)filter.Page * filter.PageSize > MaxDepth)
        {
            errors.Add(new("Page", $"Trang (Page): chỉ xem được {MaxDepth} dòng mới nhất; hãy thu hẹp khoảng ngày hoặc bộ lọc."));
        }

        if (filter.From is { } from && filter.To is { } to && to < from)
        {
            errors.Add(new("To", "Đến ngày (To): phải từ ngày bắt đầu (From) trở đi."));
        }

        if (!string.IsNullOrWhiteSpace(filter.Entity) && !AuditEntities.All.Contains(filter.Entity.Trim(), StringComparer.Ordinal))
        {
            errors.Add(new("Entity", $"Loại dữ liệu (Entity): '{filter.Entity}' không có; dùng một trong: {string.Join(", ", AuditEntities.All)}."));
        }

        if (errors.Count > 0)
        {
            throw new AdminValidationException(errors);
        }
    }
}
