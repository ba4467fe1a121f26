using Thads.Enforcement.Cases;
using Thads.Enforcement.Organisation;

namespace Thads.Host.Admin.Audit;

/// <summary>The audited types the filter offers: every case record type, the organisation, accounts, mail and the calendar.</summary>
public static class AuditEntities
{
    public const string CalendarDay = nameof(Thads.Enforcement.Calendar.CalendarDay);

    public static IReadOnlyList<string> All { get; } =
        typeof(ICaseRecord).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICaseRecord).IsAssignableFrom(t))
            .Select(t => t.Name)
            .Concat([OrganisationService.UnitEntity, OrganisationService.StaffEntity, AdminAuditTrail.AccountEntity,
                AdminAuditTrail.MailSettingsEntity, AdminAuditTrail.MailMessageEntity, CalendarDay])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
}
