using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Thads.Host.Designer.Data;
using Thads.Workflows.Standard;

namespace Thads.Host.Designer;

/// <summary>The user-task forms the designer edits: standard forms shipped with the engine, replaced by published versions.</summary>
public sealed partial class DesignerForms(IDbContextFactory<DesignerDbContext> contexts)
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Standard = new(StandardProcesses.FormFiles);

    public static bool IsValidKey(string key) => KeyPattern().IsMatch(key);

    /// <summary>Every form key known (standard or published), in order.</summary>
    public async Task<IReadOnlyList<string>> KeysAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var published = await db.FormVersions.Select(f => f.FormKey).Distinct().ToListAsync(cancellationToken);
        return published.Concat(Standard.Value.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    public async Task<FormDocument?> LatestAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.FormVersions.Where(f => f.FormKey == key).OrderByDescending(f => f.Version).FirstOrDefaultAsync(cancellationToken);
        if (row is not null)
        {
            return new FormDocument(key, row.Version, row.Json, new DateTimeOffset(row.PublishedAtTicks, TimeSpan.Zero), row.PublishedBy);
        }

        return Standard.Value.TryGetValue(key, out var json) ? new FormDocument(key, 0, json, null, null) : null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex KeyPattern();
}
