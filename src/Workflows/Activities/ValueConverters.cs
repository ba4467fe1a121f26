using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;

namespace Thads.Workflows.Activities;

/// <summary>The converters for every property type an activity may use; one shared instance per type.</summary>
internal static class ValueConverters
{
    public const string SupportedTypes =
        "string, int, long, decimal, double, bool, Guid, DateOnly, DateTimeOffset, enums, string[], List<string>, "
        + "IReadOnlyList<string>, JsonNode, JsonObject, JsonArray and nullable versions of the value types";

    private const string DateFormat = "yyyy-MM-dd";

    private const string TextListExpectation = "a list of texts (a JSON array of strings, or comma-separated text)";

    private static readonly string[] DateTimeFormats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"];

    private static readonly MethodInfo NullableFactory = typeof(ValueConverters).GetMethod(nameof(CreateNullable), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly MethodInfo EnumFactory = typeof(ValueConverters).GetMethod(nameof(CreateEnum), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly Dictionary<Type, ValueConverter> Simple = new()
    {
        [typeof(string)] = new ValueConverter<string>(ActivityValueKind.Text, "text", JsonScalar.TryGetText, Text),
        [typeof(int)] = new ValueConverter<int>(ActivityValueKind.Integer, "a whole number within the Int32 range", JsonScalar.TryGetInt32, v => JsonValue.Create(v)),
        [typeof(long)] = new ValueConverter<long>(ActivityValueKind.Integer, "a whole number within the Int64 range", JsonScalar.TryGetInt64, v => JsonValue.Create(v)),
        [typeof(decimal)] = new ValueConverter<decimal>(ActivityValueKind.Number, "a number such as 1500000 or 12.5", JsonScalar.TryGetDecimal, v => JsonValue.Create(v)),
        [typeof(double)] = new ValueConverter<double>(ActivityValueKind.Number, "a finite number such as 12.5", JsonScalar.TryGetDouble, WriteDouble),
        [typeof(bool)] = new ValueConverter<bool>(ActivityValueKind.Boolean, "true or false", JsonScalar.TryGetBoolean, v => JsonValue.Create(v)),
        [typeof(Guid)] = new ValueConverter<Guid>(ActivityValueKind.Guid, "a GUID", ReadGuid, v => JsonValue.Create(v.ToString("D"))),
        [typeof(DateOnly)] = new ValueConverter<DateOnly>(ActivityValueKind.Date, "a date written yyyy-MM-dd", ReadDate, v => JsonValue.Create(v.ToString(DateFormat, CultureInfo.InvariantCulture))),
        [typeof(DateTimeOffset)] = new ValueConverter<DateTimeOffset>(
            ActivityValueKind.DateTime,
            "an ISO 8601 date and time with an offset, such as 2024-05-01T08:00:00+07:00",
            ReadDateTimeOffset,
            v => JsonValue.Create(v.ToString("O", CultureInfo.InvariantCulture))),
        [typeof(string[])] = new ValueConverter<string[]>(ActivityValueKind.TextList, TextListExpectation, JsonTextList.TryReadArray, JsonTextList.Write),
        [typeof(List<string>)] = new ValueConverter<List<string>>(ActivityValueKind.TextList, TextListExpectation, JsonTextList.TryReadList, JsonTextList.Write),
        [typeof(IReadOnlyList<string>)] = new ValueConverter<IReadOnlyList<string>>(ActivityValueKind.TextList, TextListExpectation, JsonTextList.TryReadReadOnlyList, JsonTextList.Write),
        [typeof(JsonNode)] = new ValueConverter<JsonNode>(ActivityValueKind.Json, "a JSON value", JsonTree.TryReadAny, JsonTree.Write),
        [typeof(JsonObject)] = new ValueConverter<JsonObject>(ActivityValueKind.Json, "a JSON object", JsonTree.TryRead, JsonTree.Write),
        [typeof(JsonArray)] = new ValueConverter<JsonArray>(ActivityValueKind.Json, "a JSON array", JsonTree.TryRead, JsonTree.Write),
    };

    /// <summary>Returns a <see cref="ValueConverter{T}"/> for <paramref name="type"/>, or null when the type is not supported.</summary>
    public static ValueConverter? Create(Type type)
    {
        if (Simple.TryGetValue(type, out var converter))
        {
            return converter;
        }

        if (type.IsEnum)
        {
            return (ValueConverter?)EnumFactory.MakeGenericMethod(type).Invoke(null, null);
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying && Create(underlying) is { } inner)
        {
            return (ValueConverter?)NullableFactory.MakeGenericMethod(underlying).Invoke(null, [inner]);
        }

        return null;
    }

    private static ValueConverter<T?> CreateNullable<T>(ValueConverter<T> inner)
        where T : struct
    {
        return new ValueConverter<T?>(
            inner.Kind,
            inner.Expectation,
            (JsonNode node, out T? value) =>
            {
                var ok = inner.TryRead(node, out var read);
                value = read;
                return ok;
            },
            value => value is { } present ? inner.Write(present) : null);
    }

    private static ValueConverter<TEnum> CreateEnum<TEnum>()
        where TEnum : struct, Enum
    {
        var names = Enum.GetNames<TEnum>();
        return new ValueConverter<TEnum>(
            ActivityValueKind.Choice,
            "one of " + string.Join(", ", names),
            ReadEnum,
            value => JsonValue.Create(Enum.GetName(value) ?? throw new FormatException($"{value} is not a named {typeof(TEnum).Name} value")));

        static bool ReadEnum(JsonNode node, out TEnum value)
        {
            value = default;
            if (!JsonScalar.TryGetText(node, out var text))
            {
                return false;
            }

            // Enum.TryParse also accepts numbers ("1") and undefined values; only names are part of the contract.
            text = text.Trim();
            return text.Length > 0
                && (char.IsLetter(text[0]) || text[0] == '_')
                && Enum.TryParse(text, ignoreCase: true, out value)
                && Enum.IsDefined(value);
        }
    }

    private static JsonNode? Text(string? value) => value is null ? null : JsonValue.Create(value);

    private static JsonNode WriteDouble(double value)
    {
        return double.IsFinite(value) ? JsonValue.Create(value) : throw new FormatException($"{value.ToString(CultureInfo.InvariantCulture)} cannot be stored in JSON");
    }

    private static bool ReadGuid(JsonNode node, out Guid value)
    {
        value = default;
        return JsonScalar.TryGetText(node, out var text) && Guid.TryParse(text.Trim(), out value);
    }

    private static bool ReadDate(JsonNode node, out DateOnly value)
    {
        value = default;
        return JsonScalar.TryGetText(node, out var text)
            && DateOnly.TryParseExact(text.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    private static bool ReadDateTimeOffset(JsonNode node, out DateTimeOffset value)
    {
        value = default;
        if (!JsonScalar.TryGetText(node, out var text))
        {
            return false;
        }

        // Without an offset the instant is ambiguous (the server's UTC vs. Vietnam's UTC+7), so it is refused.
        text = text.Trim();
        return HasOffset(text)
            && DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    private static bool HasOffset(string text)
    {
        return text.EndsWith('Z') || text.EndsWith('z')
            || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
    }
}
