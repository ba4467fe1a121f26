using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Thads.Enforcement.Organisation;
using Thads.Host.Accounts;
using Thads.Host.Admin.Audit;
using Thads.Host.Admin.Holidays;
using Thads.Host.Admin.Mail;
using Thads.Host.Admin.Outbox;
using Thads.Host.Admin.Units;
using Thads.Host.Admin.Users;

namespace Thads.Host.Admin;

public static class AdminServiceCollectionExtensions
{
    /// <summary>How soon a changed role, a lock or a reset password reaches a user who is signed in.</summary>
    public static readonly TimeSpan SignInRecheckInterval = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The administration services (units, users, holidays, mail settings, outbox, audit log) and the rule that every
    /// page under <c>/Admin</c> needs the administrator role. Call after <c>AddThadsAccounts</c>.
    /// </summary>
    public static IServiceCollection AddThadsAdmin(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OrganisationService>();
        services.TryAddSingleton<AdminAuditTrail>();
        services.TryAddScoped<AdminAccess>();
        services.TryAddScoped<UnitAdminService>();
        services.TryAddScoped<UserAdminService>();
        services.TryAddScoped<HolidayAdminService>();
        services.TryAddScoped<MailSettingsAdminService>();
        services.TryAddScoped<OutboxAdminService>();
        services.TryAddScoped<AuditLogService>();

        // Roles are claims written at sign-in; rechecking the account every minute (instead of Identity's 30) brings a
        // changed role in, and a locked or reset account out, within a minute.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = SignInRecheckInterval);
        services.Configure<RazorPagesOptions>(pages => pages.Conventions.AuthorizeFolder("/Admin", ThadsPolicies.Administrator));
        return services;
    }
}
