namespace Thads.Host.Tests.Authorization;

/// <summary>
/// Who may call what. Every route the application answers must be listed here: a new endpoint without a row fails
/// <see cref="AuthorizationMatrixTests"/>, so nobody adds an endpoint without deciding who may use it.
/// Sample data: a case of the province (DN) with no executor yet, and its open "receive case" task, unclaimed, for
/// the province's intake officers.
/// </summary>
public static class AuthorizationMatrix
{
    private static readonly string[] Province = ["admin", "head", "deputy", "executor", "intake", "statistician", "accountant"];

    /// <summary>Every signed-in user, the other province's too: the route shows each their own data.</summary>
    public static readonly IReadOnlySet<string> SignedIn = Keys([.. Province, "other-province"]);

    /// <summary>Who may see the sample case: the province's staff, except an executor it is not assigned to.</summary>
    public static readonly IReadOnlySet<string> SeeSampleCase = Keys(["admin", "head", "deputy", "intake", "statistician", "accountant"]);

    /// <summary>Who may complete the sample task: an intake officer of the province (the task is unclaimed, for "intake").</summary>
    public static readonly IReadOnlySet<string> CompleteSampleTask = Keys(["intake"]);

    /// <summary>Roles that receive workflow tasks (the inbox): not the administrator, not the accountant.</summary>
    public static readonly IReadOnlySet<string> TaskWorkers = Keys(["head", "deputy", "executor", "intake", "statistician", "other-province"]);

    /// <summary>Task workers who may see the sample task: in the province, and not an executor it is not assigned to.</summary>
    public static readonly IReadOnlySet<string> SeeSampleTask = Keys(["head", "deputy", "intake", "statistician"]);

    public static readonly IReadOnlySet<string> Nobody = Keys([]);

    public static readonly IReadOnlySet<string> Administrators = Keys(["admin"]);

    /// <summary>Who may register a case: intake officers and leaders (each in their own province).</summary>
    public static readonly IReadOnlySet<string> Registrars = Keys(["head", "deputy", "intake", "other-province"]);

    /// <summary>Who may attach a file to the sample case: those who may see it and have a role that files papers.</summary>
    public static readonly IReadOnlySet<string> AttachToSampleCase = Keys(["head", "deputy", "intake"]);

    /// <summary>Registrars who may see the sample case (and so start its process if it had none).</summary>
    public static readonly IReadOnlySet<string> RegistrarsOfSampleCase = Keys(["head", "deputy", "intake"]);

    /// <summary>Heads and deputies, each of their own subtree: the other province's head sees his province.</summary>
    public static readonly IReadOnlySet<string> Leaders = Keys(["head", "deputy", "other-province"]);

    /// <summary>Who may remove an attachment of the sample case: its province's leaders.</summary>
    public static readonly IReadOnlySet<string> ProvinceLeaders = Keys(["head", "deputy"]);

    /// <summary>Statistics of the province: statisticians and leaders; an executor sees the report of their own cases.</summary>
    public static readonly IReadOnlySet<string> ProvinceStatistics = Keys(["head", "deputy", "statistician", "executor"]);

    /// <summary>The reconciliation is by unit, not for an executor's own figures.</summary>
    public static readonly IReadOnlySet<string> ProvinceReconciliation = Keys(["head", "deputy", "statistician"]);

    /// <summary>A statistics page without a form of its own, posted to: 405 for whoever passes the role policy.</summary>
    public static readonly IReadOnlySet<string> StatisticsRoles = Keys(["head", "deputy", "statistician", "executor", "other-province"]);

    public static IReadOnlyList<EndpointRule> Rules { get; } =
    [
        // Pages of everyone signed in. A page without a form answers POST like GET (or 400 without a token): still "let in".
        new("GET /", SignedIn),
        new("POST /", SignedIn),
        new("GET /Index", SignedIn),
        new("POST /Index", SignedIn),
        new("GET /Tasks", TaskWorkers),
        new("POST /Tasks", TaskWorkers),
        new("GET /Tasks/Index", TaskWorkers),
        new("POST /Tasks/Index", TaskWorkers),
        new("GET /Tasks/{id:guid}", SeeSampleTask),
        new("POST /Tasks/{id:guid}", CompleteSampleTask),
        new("GET /Account/ChangePassword", SignedIn),
        new("POST /Account/ChangePassword", SignedIn),
        new("GET /Account/Logout", SignedIn),
        new("GET /Account/Security", SignedIn),
        new("POST /Account/Security", SignedIn),
        new("GET /Account/TwoFactor", SignedIn),
        new("POST /Account/TwoFactor", SignedIn),
        // The refusal page answers 403 itself.
        new("GET /Account/AccessDenied", Nobody),
        new("POST /Account/AccessDenied", SignedIn),

        // Open to anyone: sign-in, the language switch, the public register, monitoring.
        new("GET /Account/Login", Nobody, Anonymous: true),
        new("POST /Account/Login", Nobody, Anonymous: true),
        // The second step of a sign-in: only for whoever passed the first (the password) moments ago; anyone else,
        // signed in or not, is sent to the first step.
        new("GET /Account/LoginTwoFactor", Nobody) { Always = Outcome.SignInRequired },
        new("POST /Account/LoginTwoFactor", Nobody) { Always = Outcome.SignInRequired },
        new("GET /Language", Nobody, Anonymous: true),
        new("POST /Language", Nobody, Anonymous: true),
        new("GET /cong-khai", Nobody, Anonymous: true),
        new("POST /cong-khai", Nobody, Anonymous: true),
        new("GET /api/public/debtors-without-conditions", Nobody, Anonymous: true),
        new("GET /api/public/debtors-without-conditions.csv", Nobody, Anonymous: true),
        new("GET /health", Nobody, Anonymous: true),

        // The API.
        new("GET /api/me", SignedIn),
        new("GET /api/docs", SignedIn),
        new("GET /openapi/{documentName}.json", SignedIn),
        new("GET /api/cases/", SignedIn),
        new("GET /api/cases/{id:int}", SeeSampleCase),
        new("GET /api/tasks/", TaskWorkers),
        new("GET /api/tasks/{id:guid}", SeeSampleTask),
        new("POST /api/tasks/{id:guid}/complete", CompleteSampleTask),
        new("ANY /api/{**path}", SignedIn) { NotFoundMeansAllowed = true },

        // Cases: the list shows each their own; a case only to whoever may see it.
        new("GET /Cases", SignedIn),
        new("POST /Cases", SignedIn),
        new("GET /Cases/Index", SignedIn),
        new("POST /Cases/Index", SignedIn),
        new("GET /Cases/New", Registrars),
        new("POST /Cases/New", Registrars),
        new("GET /Cases/{id:int}", SeeSampleCase),
        // The page's one form starts a process that is missing; the sample case has one, so the allowed are told so.
        new("POST /Cases/{id:int}", RegistrarsOfSampleCase) { Path = "/Cases/{id:int}?handler=StartProcess" },
        new("GET /Cases/{id:int}/Process", SeeSampleCase),
        new("GET /Cases/{id:int}/Attachments/{attachmentId:int}", SeeSampleCase),
        new("POST /Cases/{id:int}/Attachments/", AttachToSampleCase),
        // A missing attachment: leaders of the province are let in and told it is not there; the rest are refused first.
        new("POST /Cases/{id:int}/Attachments/{attachmentId:int}/Delete", ProvinceLeaders) { Path = "/Cases/{id:int}/Attachments/999999/Delete", NotFoundMeansAllowed = true },
        new("POST /api/cases/", Registrars),
        new("GET /api/cases/{id:int}/timeline", SeeSampleCase),
        new("GET /api/cases/{id:int}/process.svg", SeeSampleCase),
        new("GET /api/cases/{id:int}/attachments/", SeeSampleCase),
        new("GET /api/cases/{id:int}/attachments/{attachmentId:int}", SeeSampleCase),
        new("POST /api/cases/{id:int}/attachments/", AttachToSampleCase) { Multipart = true },
        new("DELETE /api/cases/{id:int}/attachments/{attachmentId:int}", ProvinceLeaders) { Path = "/api/cases/{id:int}/attachments/999999", NotFoundMeansAllowed = true },

        // The leader dashboard and its lists, for heads and deputies (their subtree only).
        new("GET /Dashboard", Leaders),
        new("POST /Dashboard", Leaders),
        new("GET /Dashboard/Index", Leaders),
        new("POST /Dashboard/Index", Leaders),
        new("GET /Dashboard/Cases", Leaders) { Path = "/Dashboard/Cases?list=late-verifications" },
        new("POST /Dashboard/Cases", Leaders) { Path = "/Dashboard/Cases?list=late-verifications" },
        new("GET /Dashboard/Tasks", Leaders) { Path = "/Dashboard/Tasks?list=approvals" },
        new("POST /Dashboard/Tasks", Leaders) { Path = "/Dashboard/Tasks?list=approvals" },
        new("GET /Dashboard/Executors", Leaders),
        new("POST /Dashboard/Executors", Leaders),
        new("GET /api/dashboard/", Leaders),
        new("GET /api/dashboard/cases", Leaders) { Path = "/api/dashboard/cases?list=late-verifications" },
        new("GET /api/dashboard/tasks", Leaders) { Path = "/api/dashboard/tasks?list=approvals" },

        // Administration: administrators only, within their subtree (the sample administrator is the province's).
        new("GET /Admin", Administrators),
        new("POST /Admin", Administrators),
        new("GET /Admin/Index", Administrators),
        new("POST /Admin/Index", Administrators),
        new("GET /Admin/Audit", Administrators),
        new("POST /Admin/Audit", Administrators),
        new("GET /Admin/Audit/Index", Administrators),
        new("POST /Admin/Audit/Index", Administrators),
        new("GET /Admin/Holidays", Administrators),
        new("POST /Admin/Holidays", Administrators),
        new("GET /Admin/Holidays/Index", Administrators),
        new("POST /Admin/Holidays/Index", Administrators),
        new("GET /Admin/Holidays/Edit/{id:int}", Administrators) { Path = "/Admin/Holidays/Edit/{holiday}" },
        new("POST /Admin/Holidays/Edit/{id:int}", Administrators) { Path = "/Admin/Holidays/Edit/{holiday}" },
        new("GET /Admin/Mail", Administrators),
        new("POST /Admin/Mail", Administrators),
        new("GET /Admin/Mail/Index", Administrators),
        new("POST /Admin/Mail/Index", Administrators),
        new("GET /Admin/Outbox", Administrators),
        new("POST /Admin/Outbox", Administrators),
        new("GET /Admin/Outbox/Index", Administrators),
        new("POST /Admin/Outbox/Index", Administrators),
        new("GET /Admin/Outbox/Details/{id:long}", Administrators) { Path = "/Admin/Outbox/Details/999999", NotFoundMeansAllowed = true },
        new("POST /Admin/Outbox/Details/{id:long}", Administrators) { Path = "/Admin/Outbox/Details/999999", NotFoundMeansAllowed = true },
        new("GET /Admin/Units", Administrators),
        new("POST /Admin/Units", Administrators),
        new("GET /Admin/Units/Index", Administrators),
        new("POST /Admin/Units/Index", Administrators),
        new("GET /Admin/Units/Edit/{id:int?}", Administrators) { Path = "/Admin/Units/Edit/{unit}" },
        new("POST /Admin/Units/Edit/{id:int?}", Administrators) { Path = "/Admin/Units/Edit/{unit}" },
        new("GET /Admin/Users", Administrators),
        new("POST /Admin/Users", Administrators),
        new("GET /Admin/Users/Index", Administrators),
        new("POST /Admin/Users/Index", Administrators),
        new("GET /Admin/Users/Create", Administrators),
        new("POST /Admin/Users/Create", Administrators),
        new("GET /Admin/Users/Edit/{id:int}", Administrators) { Path = "/Admin/Users/Edit/{staff}" },
        new("POST /Admin/Users/Edit/{id:int}", Administrators) { Path = "/Admin/Users/Edit/{staff}" },
        new("GET /api/admin/audit", Administrators),
        new("GET /api/admin/units/", Administrators),
        new("GET /api/admin/units/{id:int}", Administrators) { Path = "/api/admin/units/{unit}" },
        new("POST /api/admin/units/", Administrators),
        new("PUT /api/admin/units/{id:int}", Administrators) { Path = "/api/admin/units/{unit}" },
        new("GET /api/admin/users/", Administrators),
        new("GET /api/admin/users/{id:int}", Administrators) { Path = "/api/admin/users/{staff}" },
        new("POST /api/admin/users/", Administrators),
        new("PUT /api/admin/users/{id:int}", Administrators) { Path = "/api/admin/users/{staff}" },
        new("POST /api/admin/users/{id:int}/account", Administrators) { Path = "/api/admin/users/{staff}/account" },
        new("POST /api/admin/users/{id:int}/lock", Administrators) { Path = "/api/admin/users/{staff}/lock" },
        new("POST /api/admin/users/{id:int}/unlock", Administrators) { Path = "/api/admin/users/{staff}/unlock" },
        new("POST /api/admin/users/{id:int}/reset-password", Administrators) { Path = "/api/admin/users/{staff}/reset-password" },
        new("POST /api/admin/users/{id:int}/reset-two-factor", Administrators) { Path = "/api/admin/users/{staff}/reset-two-factor" },
        new("GET /api/admin/mail/settings", Administrators),
        new("PUT /api/admin/mail/settings", Administrators),
        new("POST /api/admin/mail/test", Administrators),
        new("GET /api/admin/outbox/", Administrators),
        new("GET /api/admin/outbox/{id:long}", Administrators) { Path = "/api/admin/outbox/999999", NotFoundMeansAllowed = true },
        new("POST /api/admin/outbox/{id:long}/retry", Administrators) { Path = "/api/admin/outbox/999999/retry", NotFoundMeansAllowed = true },
        new("POST /api/admin/outbox/retry-parked", Administrators),
        new("GET /api/admin/holidays/", Administrators),
        new("GET /api/admin/holidays/{id:int}", Administrators) { Path = "/api/admin/holidays/{holiday}" },
        new("POST /api/admin/holidays/", Administrators),
        new("PUT /api/admin/holidays/{id:int}", Administrators) { Path = "/api/admin/holidays/{holiday}" },
        // After the reads of the same holiday: the administrator really removes it.
        new("DELETE /api/admin/holidays/{id:int}", Administrators) { Path = "/api/admin/holidays/{holiday}" },

        // The workflow designer (administrators only; processes are not a unit's, so no unit rule applies).
        new("GET /Admin/Workflows", Administrators),
        new("POST /Admin/Workflows", Administrators),
        new("GET /Admin/Workflows/Index", Administrators),
        new("POST /Admin/Workflows/Index", Administrators),
        new("GET /Admin/Workflows/Edit", Administrators) { Path = "/Admin/Workflows/Edit?key=thads-enforcement" },
        new("POST /Admin/Workflows/Edit", Administrators) { Path = "/Admin/Workflows/Edit?key=thads-enforcement" },
        new("GET /Admin/Workflows/History", Administrators) { Path = "/Admin/Workflows/History?key=thads-enforcement" },
        new("POST /Admin/Workflows/History", Administrators) { Path = "/Admin/Workflows/History?key=thads-enforcement" },
        new("GET /Admin/Workflows/Incidents", Administrators),
        new("POST /Admin/Workflows/Incidents", Administrators),
        new("GET /Admin/Workflows/Instances", Administrators) { Path = "/Admin/Workflows/Instances?key=thads-enforcement" },
        new("POST /Admin/Workflows/Instances", Administrators) { Path = "/Admin/Workflows/Instances?key=thads-enforcement" },
        new("GET /Admin/Workflows/Instance", Administrators) { Path = "/Admin/Workflows/Instance?id={instance}" },
        new("POST /Admin/Workflows/Instance", Administrators) { Path = "/Admin/Workflows/Instance?id={instance}" },
        new("GET /api/admin/workflows/", Administrators),
        new("GET /api/admin/workflows/element-templates", Administrators),
        new("GET /api/admin/workflows/forms", Administrators),
        new("GET /api/admin/workflows/forms/{formKey}", Administrators) { Path = "/api/admin/workflows/forms/notification" },
        new("GET /api/admin/workflows/incidents", Administrators),
        new("POST /api/admin/workflows/incidents/{id:guid}/retry", Administrators) { NotFoundMeansAllowed = true },
        new("GET /api/admin/workflows/instances/{id:guid}", Administrators) { Path = "/api/admin/workflows/instances/{instance}" },
        new("GET /api/admin/workflows/{key}", Administrators) { Path = "/api/admin/workflows/thads-enforcement" },
        new("GET /api/admin/workflows/{key}/latest", Administrators) { Path = "/api/admin/workflows/thads-enforcement/latest" },
        new("GET /api/admin/workflows/{key}/instances", Administrators) { Path = "/api/admin/workflows/thads-enforcement/instances" },
        new("GET /api/admin/workflows/{key}/versions/{version:int}", Administrators) { Path = "/api/admin/workflows/thads-enforcement/versions/1" },
        new("GET /api/admin/workflows/{key}/draft", Administrators) { Path = "/api/admin/workflows/thads-enforcement/draft", NotFoundMeansAllowed = true },
        new("PUT /api/admin/workflows/{key}/draft", Administrators) { Path = "/api/admin/workflows/thads-enforcement/draft" },
        new("DELETE /api/admin/workflows/{key}/draft", Administrators) { Path = "/api/admin/workflows/thads-enforcement/draft", NotFoundMeansAllowed = true },
        new("POST /api/admin/workflows/{key}/validate", Administrators) { Path = "/api/admin/workflows/thads-enforcement/validate" },
        new("POST /api/admin/workflows/{key}/publish", Administrators) { Path = "/api/admin/workflows/thads-enforcement/publish" },

        // Statistics (issue 7): role policy, then the unit (DN) — the other province's head is refused DN's figures.
        new("GET /Statistics", ProvinceStatistics) { Path = "/Statistics?to=2026-03&unit=DN" },
        new("POST /Statistics", ProvinceLeaders) { Path = "/Statistics?handler=Close&to=2026-03&unit=DN" },
        new("GET /Statistics/Index", ProvinceStatistics) { Path = "/Statistics/Index?to=2026-03&unit=DN" },
        new("POST /Statistics/Index", ProvinceLeaders) { Path = "/Statistics/Index?handler=Close&to=2026-03&unit=DN" },
        new("GET /Statistics/Cell", ProvinceStatistics) { Path = "/Statistics/Cell?form=06&to=2026-03&unit=DN&row=total&column=1" },
        new("POST /Statistics/Cell", StatisticsRoles),
        new("GET /Statistics/Print", ProvinceStatistics) { Path = "/Statistics/Print?form=07&to=2026-03&unit=DN" },
        new("POST /Statistics/Print", StatisticsRoles),
        new("GET /Statistics/Reconciliation", ProvinceReconciliation) { Path = "/Statistics/Reconciliation?to=2026-03&unit=DN" },
        new("POST /Statistics/Reconciliation", StatisticsRoles),
        new("GET /Statistics/Dashboard", ProvinceStatistics) { Path = "/Statistics/Dashboard?to=2026-03&unit=DN" },
        new("POST /Statistics/Dashboard", StatisticsRoles),
        new("GET /api/statistics/reports/{form}", ProvinceStatistics) { Path = "/api/statistics/reports/06?to=2026-03&unit=DN" },
        new("GET /api/statistics/reports/{form}/cells", ProvinceStatistics) { Path = "/api/statistics/reports/07/cells?to=2026-03&unit=DN&row=total&column=1" },
        new("GET /api/statistics/closings", ProvinceStatistics) { Path = "/api/statistics/closings?unit=DN" },
        new("POST /api/statistics/closings", ProvinceLeaders) { JsonBody = """{"unit":"DN","to":"2026-02"}""" },
        new("GET /api/statistics/reconciliation/{form}", ProvinceReconciliation) { Path = "/api/statistics/reconciliation/06?to=2026-03&unit=DN" },
        new("GET /api/statistics/dashboard", ProvinceStatistics) { Path = "/api/statistics/dashboard?to=2026-03&unit=DN" },

        // Last: it ends each caller's session.
        new("POST /Account/Logout", SignedIn) { EndsSession = true },
    ];

    private static HashSet<string> Keys(string[] keys) => new(keys, StringComparer.Ordinal);
}
