namespace Thads.Host.Tests.Authorization;

/// <summary>
/// The expected access to one route: who gets in (<see cref="Allowed"/>, by <see cref="MatrixUser.Key"/>; the anonymous
/// caller only when <see cref="Anonymous"/>), and how to call it with the matrix's sample data.
/// </summary>
public sealed record EndpointRule(string Route, IReadOnlySet<string> Allowed, bool Anonymous = false)
{
    public string Method => Route[..Route.IndexOf(' ', StringComparison.Ordinal)];

    public string Pattern => Route[(Route.IndexOf(' ', StringComparison.Ordinal) + 1)..];

    public bool IsWrite => Method is "POST" or "PUT" or "PATCH" or "DELETE";

    public bool IsApi => Pattern.StartsWith("/api/", StringComparison.Ordinal) || Pattern.StartsWith("/openapi/", StringComparison.Ordinal);

    /// <summary>A catch-all that answers 404 to everyone let in (unknown API paths).</summary>
    public bool NotFoundMeansAllowed { get; init; }

    /// <summary>The address to call when the pattern's placeholders are not enough (a query, another kind of id).</summary>
    public string? Path { get; init; }

    /// <summary>Signing out: being sent to the login page afterwards is the route working, not a refusal.</summary>
    public bool EndsSession { get; init; }

    /// <summary>The route takes a file upload (<c>multipart/form-data</c>): an empty form is sent, not JSON.</summary>
    public bool Multipart { get; init; }

    /// <summary>The JSON body of an API write; a page write posts only its antiforgery token.</summary>
    public string JsonBody { get; init; } = "{}";

    /// <summary>The same outcome for every caller, whoever they are.</summary>
    public Outcome? Always { get; init; }

    public Outcome Expected(MatrixUser user) => Always ?? (user.UserName is null
        ? Anonymous ? Outcome.Allowed : Outcome.SignInRequired
        : Anonymous || Allowed.Contains(user.Key) ? Outcome.Allowed : Outcome.Denied);
}
