using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Thads.Enforcement.Cases.Audit;

/// <summary>
/// Builds <see cref="AuditEntry"/> rows for changes that are not case data (units, staff, accounts, mail settings),
/// which their writers add explicitly in the same save as the change. The JSON looks like the case audit's, so one
/// audit view reads both.
/// </summary>
public static class AuditRecords
{
    // Vietnamese stays readable in the table instead of \uXXXX escapes; the JSON never goes into HTML unencoded.
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };

    /// <param name="before">The row's state before the change (an object or dictionary serialised as JSON); null when added.</param>
    /// <param name="after">The state after the change; null when deleted.</param>
    public static AuditEntry Entry(AuditStamp stamp, string entity, string entityId, AuditAction action, object? before, object? after)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        if (string.IsNullOrWhiteSpace(stamp.Actor))
        {
            throw new ArgumentException("Người thực hiện (actor) không được để trống: mọi thay đổi đều được ghi vết.", nameof(stamp));
        }

        return new AuditEntry
        {
            At = stamp.At.ToUniversalTime(),
            Actor = stamp.Actor,
            Entity = entity,
            EntityId = entityId,
            Action = action,
            Before = before is null ? null : Json(before),
            After = after is null ? null : Json(after),
        };
    }

    /// <summary>Every mapped property of a tracked row, by name, as it was loaded (<paramref name="original"/>) or as it is now.</summary>
    public static IReadOnlyDictionary<string, object?> Image(EntityEntry entry, bool original)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            values[property.Metadata.Name] = original ? property.OriginalValue : property.CurrentValue;
        }

        return values;
    }

    public static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Json(object value) => JsonSerializer.Serialize(value, value.GetType(), JsonOptions);
}
