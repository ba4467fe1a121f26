using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace Thads.Workflows.Scripting;

/// <summary>
/// Turns a JavaScript value into JSON for the engine to store. Only own data properties are read: a getter
/// would run script code outside the evaluation's limits, so it is refused rather than called. Cycles and
/// values that would blow up when stored are cut off by a depth limit and a size budget.
/// </summary>
internal sealed class JsToJsonConverter
{
    private const int MaxDepth = 64;
    private const double MaxSafeInteger = 9007199254740992d; // 2^53: beyond it a double no longer counts in ones
    private const long NodeCost = 16;

    private readonly string _rootName;
    private readonly List<object> _path = [];
    private long _budget;

    private JsToJsonConverter(string rootName, long budget)
    {
        _rootName = rootName;
        _budget = budget;
    }

    /// <summary>Converts <paramref name="value"/>; <paramref name="rootName"/> names it in error messages.</summary>
    /// <exception cref="ScriptException">The value (or something inside it) has no JSON form.</exception>
    public static JsonNode? Convert(JsValue value, string rootName, long budget) =>
        value is ObjectInstance
            ? new JsToJsonConverter(rootName, budget).ConvertValue(value, depth: 0)
            : new JsToJsonConverter(rootName, budget).ConvertPrimitive(value);

    private JsonNode? ConvertValue(JsValue value, int depth) =>
        value is ObjectInstance obj ? ConvertObject(obj, depth) : ConvertPrimitive(value);

    private JsonNode? ConvertPrimitive(JsValue value)
    {
        Charge(NodeCost);
        switch (value.Type)
        {
            case Types.Undefined:
            case Types.Null:
            case Types.Empty:
                return null;
            case Types.Boolean:
                return JsonValue.Create(value.AsBoolean());
            case Types.Number:
                return ConvertNumber(value.AsNumber());
            case Types.String:
                var text = value.ToString();
                Charge(2L * text.Length);
                return JsonValue.Create(text);
            case Types.BigInt when value.ToObject() is BigInteger bigInt:
                return ConvertBigInt(bigInt);
            default:
                throw Fail($"is a {JsTypeNames.Describe(value)}, which has no JSON form");
        }
    }

    private JsonNode ConvertNumber(double number)
    {
        if (!double.IsFinite(number))
        {
            throw Fail($"is {number.ToString(CultureInfo.InvariantCulture)}, which has no JSON form");
        }

        return Math.Abs(number) <= MaxSafeInteger && Math.Floor(number) == number
            ? JsonValue.Create((long)number)
            : JsonValue.Create(number);
    }

    private JsonNode ConvertBigInt(BigInteger number) =>
        number >= long.MinValue && number <= long.MaxValue
            ? JsonValue.Create((long)number)
            : throw Fail("is a BigInt too large for a 64-bit integer");

    private JsonNode? ConvertObject(ObjectInstance obj, int depth)
    {
        if (depth >= MaxDepth)
        {
            throw Fail($"is nested more than {MaxDepth} levels deep (or refers to itself)");
        }

        Charge(NodeCost);
        if (obj.IsCallable())
        {
            throw Fail("is a function, which has no JSON form");
        }

        if (obj is JsDate date)
        {
            return ConvertDate(date);
        }

        return obj.IsArray() ? ConvertArray(obj, depth) : ConvertPlainObject(obj, depth);
    }

    private JsonNode ConvertDate(JsDate date)
    {
        var milliseconds = date.DateValue;
        if (!double.IsFinite(milliseconds) || Math.Abs(milliseconds) > 253402300799999d)
        {
            throw Fail("is an invalid Date or outside the years 0001-9999");
        }

        var utc = DateTimeOffset.FromUnixTimeMilliseconds((long)milliseconds).UtcDateTime;
        return JsonValue.Create(utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
    }

    private JsonArray ConvertArray(ObjectInstance array, int depth)
    {
        var length = (long)array.Get("length").AsNumber();
        var result = new JsonArray();
        for (long i = 0; i < length; i++)
        {
            // Holes cost too: `a.length = 1e9` must hit the budget, not loop for a minute.
            Charge(NodeCost);
            _path.Add(i);
            var property = array.GetOwnProperty(JsNumber.Create(i));
            result.Add(property == PropertyDescriptor.Undefined ? null : ReadProperty(property, depth));
            _path.RemoveAt(_path.Count - 1);
        }

        return result;
    }

    private JsonObject ConvertPlainObject(ObjectInstance obj, int depth)
    {
        var result = new JsonObject();
        foreach (var (key, property) in obj.GetOwnProperties())
        {
            if (!key.IsString() || !property.Enumerable)
            {
                continue; // JSON.stringify skips symbol keys and non-enumerable properties too
            }

            var name = key.ToString();
            Charge(2L * name.Length);
            _path.Add(name);
            result[name] = ReadProperty(property, depth);
            _path.RemoveAt(_path.Count - 1);
        }

        return result;
    }

    private JsonNode? ReadProperty(PropertyDescriptor property, int depth)
    {
        if (property.IsAccessorDescriptor())
        {
            throw Fail("is a getter; only plain data can be converted to JSON");
        }

        return ConvertValue(property.Value, depth + 1);
    }

    private void Charge(long cost)
    {
        _budget -= cost;
        if (_budget < 0)
        {
            throw new ScriptException($"'{_rootName}' is too large to convert to JSON");
        }
    }

    private ScriptException Fail(string problem) => new($"'{PathText()}' {problem}");

    private string PathText()
    {
        // A self-referencing value produces a path as long as the depth limit; the ends are what identify it.
        const int Head = 6, Tail = 3;
        var text = new StringBuilder(_rootName);
        for (var i = 0; i < _path.Count; i++)
        {
            if (i == Head && _path.Count > Head + Tail + 1)
            {
                text.Append('…');
                i = _path.Count - Tail;
            }

            AppendSegment(text, _path[i]);
        }

        return text.ToString();
    }

    private static void AppendSegment(StringBuilder text, object segment)
    {
        if (segment is long index)
        {
            text.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
        }
        else
        {
            text.Append('.').Append(segment);
        }
    }
}
