using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Thads.Host.Designer.Data;

namespace Thads.Host.Designer;

/// <summary>One draft per administrator and process, overwritten by each autosave and removed on publishing or discarding.</summary>
internal sealed class DesignerDrafts(IDbContextFactory<DesignerDbContext> contexts, TimeProvider time)
{
    /// <summary>A draft larger than this is refused: the engine refuses such a diagram anyway.</summary>
    public const int MaxXmlLength = 5 * 1024 * 1024;

    public async Task<DraftDocument?> FindAsync(string userName, string key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Drafts.AsNoTracking().FirstOrDefaultAsync(d => d.UserName == userName && d.ProcessKey == key, cancellationToken);
        return row is null ? null : ToDocument(row);
    }

    public async Task<DraftDocument> SaveAsync(string userName, string key, DraftRequest request, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Drafts.FirstOrDefaultAsync(d => d.UserName == userName && d.ProcessKey == key, cancellationToken);
        if (row is null)
        {
            row = new DraftRow { UserName = userName, ProcessKey = key };
            db.Drafts.Add(row);
        }

        row.Xml = request.Xml!;
        row.BaseVersion = request.BaseVersion;
        row.FormsJson = request.Forms is { Count: > 0 } forms ? JsonSerializer.Serialize(forms) : null;
        row.SavedAtTicks = time.GetUtcNow().UtcTicks;
        await db.SaveChangesAsync(cancellationToken);
        return ToDocument(row);
    }

    public async Task<bool> DeleteAsync(string userName, string key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Drafts.Where(d => d.UserName == userName && d.ProcessKey == key).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    private static DraftDocument ToDocument(DraftRow row)
    {
        var forms = row.FormsJson is null
            ? new Dictionary<string, JsonObject>(StringComparer.Ordinal)
            : JsonSerializer.Deserialize<Dictionary<string, JsonObject>>(row.FormsJson)!;
        return new DraftDocument(row.ProcessKey, row.Xml, row.BaseVersion, forms, new DateTimeOffset(row.SavedAtTicks, TimeSpan.Zero));
    }
}
