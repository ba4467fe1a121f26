using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Thads.Enforcement.Calendar;

/// <summary>The audited content of a row, serialised into <see cref="CalendarAuditEntry.Before"/> and <see cref="CalendarAuditEntry.After"/>.</summary>
internal sealed record CalendarDayState(
    DateOnly Date,
    CalendarDayKind Kind,
    string Occasion,
    string LegalBasis,
    string? Source,
    CalendarConfirmation Confirmation)
{
    // Vietnamese stays readable in the table instead of \uXXXX escapes; the JSON never goes into HTML unencoded.
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };

    public static CalendarDayState Of(CalendarDay day) =>
        new(day.Date, day.Kind, day.Occasion, day.LegalBasis, day.Source, day.Confirmation);

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);
}
