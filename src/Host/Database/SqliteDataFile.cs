using Microsoft.Data.Sqlite;

namespace Thads.Host.Database;

/// <summary>Finds the file a SQLite connection string points at.</summary>
internal static class SqliteDataFile
{
    /// <summary>
    /// The absolute path of the database file, relative paths taken from <paramref name="baseDirectory"/>;
    /// null when the database lives in memory, in a temporary file, or behind a <c>file:</c> URI,
    /// none of which has a directory we could prepare.
    /// </summary>
    public static string? ResolvePath(string connectionString, string baseDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource.Trim();

        if (builder.Mode == SqliteOpenMode.Memory
            || dataSource.Length == 0
            || dataSource == ":memory:"
            || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return Path.GetFullPath(dataSource, baseDirectory);
    }
}
