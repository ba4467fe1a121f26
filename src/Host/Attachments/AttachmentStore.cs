using Microsoft.Extensions.Options;
using Thads.Host.Database;

namespace Thads.Host.Attachments;

/// <summary>
/// The file store of attachments: plain files under one root directory (never in the database). Keys are made here
/// (<c>yyyy/MM/&lt;guid&gt;</c>), never from a user's file name, and every path is checked to stay under the root, so
/// no key, stored or forged, can reach another file on the server.
/// </summary>
public sealed class AttachmentStore
{
    private const string TemporaryFolder = "tmp";

    public AttachmentStore(IOptions<AttachmentOptions> options, IOptions<DatabaseOptions> database, TimeProvider time)
    {
        Root = Path.TrimEndingDirectorySeparator(ChooseRoot(options.Value, database.Value));
        Time = time;
    }

    /// <summary>Absolute path of the store's root directory.</summary>
    public string Root { get; }

    private TimeProvider Time { get; }

    /// <summary>A new empty file in the store's temporary folder, on the same disk as the store, so keeping it is a rename.</summary>
    public string NewTemporaryFile()
    {
        var folder = Path.Combine(Root, TemporaryFolder);
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, Guid.NewGuid().ToString("N") + ".part");
    }

    /// <summary>Moves a finished temporary file under a new key and returns the key.</summary>
    public string Keep(string temporaryFile)
    {
        var now = Time.GetUtcNow();
        var key = $"{now:yyyy}/{now:MM}/{Guid.NewGuid():N}";
        var target = PathOf(key) ?? throw new InvalidOperationException("A generated key left the store.");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(temporaryFile, target);
        return key;
    }

    /// <summary>The file of a key, or null when the key would lead outside the store (absolute, <c>..</c>, odd characters).</summary>
    public string? PathOf(string key)
    {
        if (string.IsNullOrWhiteSpace(key) || Path.IsPathRooted(key) || key.Contains(':', StringComparison.Ordinal)
            || key.Replace('\\', '/').Split('/').Any(part => part is "" or "." or ".."))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(Root, key));
        return full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    /// <summary>Removes a kept file; a file already gone is not an error.</summary>
    public void Delete(string key)
    {
        if (PathOf(key) is { } path && File.Exists(path))
        {
            File.Delete(path);
        }
    }

    public static void DeleteTemporary(string? temporaryFile)
    {
        if (temporaryFile is not null && File.Exists(temporaryFile))
        {
            File.Delete(temporaryFile);
        }
    }

    private static string ChooseRoot(AttachmentOptions options, DatabaseOptions database)
    {
        // The current directory, like the database: data/ belongs where the operator started the application.
        var current = Directory.GetCurrentDirectory();
        if (!string.IsNullOrWhiteSpace(options.Directory))
        {
            return Path.GetFullPath(options.Directory, current);
        }

        if (database.Provider == DatabaseProvider.Sqlite
            && SqliteDataFile.ResolvePath(database.ConnectionString, current) is { } file
            && Path.GetDirectoryName(file) is { } dataDirectory)
        {
            return Path.Combine(dataDirectory, "files");
        }

        return Path.GetFullPath(Path.Combine("data", "files"), current);
    }
}
