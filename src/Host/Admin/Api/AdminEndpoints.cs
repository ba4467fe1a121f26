using Thads.Host.Accounts;

namespace Thads.Host.Admin.Api;

internal static class AdminEndpoints
{
    /// <summary>
    /// <c>/api/admin/…</c>: administrators only (others get 403), and within that each service checks the unit subtree
    /// or, for shared settings, a top-level unit.
    /// </summary>
    public static void MapAdminEndpoints(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin")
            .RequireAuthorization(ThadsPolicies.Administrator)
            .AddEndpointFilter<AdminExceptionFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        admin.MapAdminUnitEndpoints();
        admin.MapAdminUserEndpoints();
        admin.MapAdminHolidayEndpoints();
        admin.MapAdminMailEndpoints();
        admin.MapAdminOutboxEndpoints();
        admin.MapAdminAuditEndpoints();
    }
}
