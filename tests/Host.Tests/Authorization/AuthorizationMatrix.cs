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
        new("GET /Account/AccessDenied", SignedIn),
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

        // Last: it ends each caller's session.
        new("POST /Account/Logout", SignedIn) { EndsSession = true },
    ];

    private static HashSet<string> Keys(string[] keys) => new(keys, StringComparer.Ordinal);
}
