namespace Thads.Host.Database;

/// <summary>Reads a <see cref="DatabaseProvider"/> from configuration text.</summary>
internal static class DatabaseProviders
{
    public static IReadOnlyList<string> Names { get; } = Enum.GetNames<DatabaseProvider>();

    /// <summary>
    /// Accepts names only, ignoring case. Enum.TryParse would also accept numbers ("1"), which
    /// would let a typo in configuration select a provider nobody asked for.
    /// </summary>
    public static bool TryParse(string? text, out DatabaseProvider provider)
    {
        foreach (var candidate in Enum.GetValues<DatabaseProvider>())
        {
            if (string.Equals(candidate.ToString(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                provider = candidate;
                return true;
            }
        }

        provider = default;
        return false;
    }
}
