using System.Text;
using MimeKit;

namespace Thads.Host.Mail.Transport;

/// <summary>
/// Writes each message as an <c>.eml</c> file, so the application runs without a mail server and developers
/// can open what would have been sent. File names sort by time: <c>20261123T154012.1234567Z-ID.eml</c>.
/// </summary>
internal sealed class PickupDirectoryTransport(string directory, TimeProvider time) : IMailTransport
{
    private const int MaxIdLength = 80;

    /// <summary>The absolute directory the files are written to.</summary>
    public string DirectoryPath { get; } = Path.GetFullPath(directory);

    public string Description => $".eml files in {DirectoryPath} (no Mail:Smtp:Host set)";

    public async Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        Directory.CreateDirectory(DirectoryPath);
        var name = $"{time.GetUtcNow().UtcDateTime:yyyyMMdd'T'HHmmss'.'fffffff'Z'}-{SafeId(message.MessageId)}";
        // Written under a temporary name, then renamed: whoever watches the directory never sees half a message.
        var temporary = Path.Combine(DirectoryPath, name + ".tmp");
        await using (var stream = File.Create(temporary))
        {
            await message.WriteToAsync(stream, cancellationToken);
        }

        var path = Path.Combine(DirectoryPath, name + ".eml");
        if (File.Exists(path))
        {
            path = Path.Combine(DirectoryPath, $"{name}-{Guid.NewGuid():N}.eml");
        }

        File.Move(temporary, path);
        return path;
    }

    /// <summary>The Message-Id reduced to characters every file system accepts.</summary>
    private static string SafeId(string? messageId)
    {
        var id = string.IsNullOrEmpty(messageId) ? Guid.NewGuid().ToString("N") : messageId;
        var safe = new StringBuilder(Math.Min(id.Length, MaxIdLength));
        foreach (var c in id.Take(MaxIdLength))
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        return safe.ToString();
    }
}
