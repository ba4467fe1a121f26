namespace Thads.Host.Mail.Composition;

/// <summary>Turns the relative path of a case or task into the absolute link a mail reader can open.</summary>
internal static class MailLinks
{
    /// <param name="baseUrl"><c>Mail:BaseUrl</c>, e.g. <c>https://thads.example.vn/app</c>.</param>
    /// <param name="relativePath">A path inside the application such as <c>/cases/123</c>; may carry a query.</param>
    /// <exception cref="ArgumentException">The path is absolute or points at another host.</exception>
    public static string Absolute(string baseUrl, string relativePath)
    {
        EnsureRelative(relativePath);
        // Concatenated rather than resolved with new Uri(base, path), which would drop a base path such as /app.
        return baseUrl.TrimEnd('/') + "/" + relativePath.Trim().TrimStart('/');
    }

    /// <exception cref="ArgumentException">The path is absolute or points at another host.</exception>
    public static void EnsureRelative(string relativePath)
    {
        // Callers pass paths built from case data; an absolute or "//host" link would let that data send
        // readers of an official mail somewhere else.
        var path = relativePath.Trim();
        if (path.StartsWith("//", StringComparison.Ordinal) || path.StartsWith('\\')
            || path.Contains("://", StringComparison.Ordinal)
            || !Uri.TryCreate(path, UriKind.Relative, out _))
        {
            throw new ArgumentException(
                $"'{relativePath}' is not a path inside the application such as /cases/123.", nameof(relativePath));
        }
    }
}
