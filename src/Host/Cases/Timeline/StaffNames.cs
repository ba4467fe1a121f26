namespace Thads.Host.Cases.Timeline;

/// <summary>Staff names by user name and by id, to show people instead of accounts and row ids.</summary>
public sealed class StaffNames(IReadOnlyDictionary<string, string> byUserName, IReadOnlyDictionary<int, string> byId)
{
    public static readonly StaffNames Empty = new(new Dictionary<string, string>(), new Dictionary<int, string>());

    /// <summary>"Võ Thị Thu (thuly.dn)" for a known user; the user name as it is otherwise; null for the system.</summary>
    public string? Actor(string? userName) =>
        string.IsNullOrWhiteSpace(userName) ? null
        : byUserName.TryGetValue(userName, out var name) ? $"{name} ({userName})"
        : userName;

    public string? ById(int? id) => id is { } value && byId.TryGetValue(value, out var name) ? name : null;
}
