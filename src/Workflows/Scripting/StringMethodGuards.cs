using System.Text;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace Thads.Workflows.Scripting;

/// <summary>
/// Size checks for the string built-ins whose result can be far larger than their input: <c>repeat</c>,
/// <c>padStart</c>, <c>padEnd</c>, <c>concat</c>, and <c>replace</c>/<c>replaceAll</c> with a replacement string.
/// Each computes the worst-case result length before the original runs, and passes the original its already
/// converted arguments so a <c>valueOf</c> cannot answer differently the second time.
/// </summary>
internal static class StringMethodGuards
{
    public static void Install(StringSizeLimit limit)
    {
        var strings = limit.PrototypeOf("String");
        limit.Replace(strings, "repeat", 1, original => Repeat(limit, original));
        limit.Replace(strings, "padStart", 1, original => Pad(limit, original, "padStart"));
        limit.Replace(strings, "padEnd", 1, original => Pad(limit, original, "padEnd"));
        limit.Replace(strings, "concat", 1, _ => (thisObj, args) => Concat(limit, thisObj, [.. args]));
        limit.Replace(strings, "replace", 2, original => ReplaceString(limit, original, "replace"));
        limit.Replace(strings, "replaceAll", 2, original => ReplaceString(limit, original, "replaceAll"));

        // String.prototype.replace delegates here for regular expressions, and scripts can call it directly.
        var replaceSymbol = ((ObjectInstance)limit.Engine.Global.Get("Symbol")).Get("replace");
        limit.Replace(limit.PrototypeOf("RegExp"), replaceSymbol, 2, original => ReplaceRegExp(limit, original));
    }

    private static Func<JsValue, JsValue[], JsValue> Repeat(StringSizeLimit limit, JsValue original) => (thisObj, args) =>
    {
        var text = limit.ThisString(thisObj);
        var count = TypeConverter.ToIntegerOrInfinity(StringSizeLimit.Arg(args, 0));
        if (count > 0)
        {
            limit.Ensure("repeat", text.Length * count);
        }

        return original.Call(text, [JsNumber.Create(count)]);
    };

    private static Func<JsValue, JsValue[], JsValue> Pad(StringSizeLimit limit, JsValue original, string name) => (thisObj, args) =>
    {
        var text = limit.ThisString(thisObj);
        var length = TypeConverter.ToLength(StringSizeLimit.Arg(args, 0));
        limit.Ensure(name, length);
        return original.Call(text, [JsNumber.Create((double)length), StringSizeLimit.Arg(args, 1)]);
    };

    // The arguments are a copy: converting one may call script code, and Jint may reuse the array for that call.
    private static JsValue Concat(StringSizeLimit limit, JsValue thisObj, JsValue[] args)
    {
        var result = new StringBuilder(limit.ThisString(thisObj).ToString());
        foreach (var arg in args)
        {
            var part = TypeConverter.ToString(arg);
            limit.Ensure("concat", (double)result.Length + part.Length);
            result.Append(part);
        }

        return JsString.Create(result.ToString());
    }

    // A replacer function runs script code per match, where the memory limit is checked; a replacement
    // string does not, so its worst case is computed up front.
    private static Func<JsValue, JsValue[], JsValue> ReplaceString(StringSizeLimit limit, JsValue original, string name) => (thisObj, args) =>
    {
        if (StringSizeLimit.Arg(args, 1).IsCallable())
        {
            return original.Call(thisObj, args);
        }

        var text = limit.ThisString(thisObj);
        var replacement = TypeConverter.ToString(StringSizeLimit.Arg(args, 1));
        limit.Ensure(name, ReplacementBound(text.Length, replacement));
        return original.Call(text, [StringSizeLimit.Arg(args, 0), JsString.Create(replacement)]);
    };

    private static Func<JsValue, JsValue[], JsValue> ReplaceRegExp(StringSizeLimit limit, JsValue original) => (thisObj, args) =>
    {
        if (StringSizeLimit.Arg(args, 1).IsCallable())
        {
            return original.Call(thisObj, args);
        }

        var text = TypeConverter.ToString(StringSizeLimit.Arg(args, 0));
        var replacement = TypeConverter.ToString(StringSizeLimit.Arg(args, 1));
        limit.Ensure("replace", ReplacementBound(text.Length, replacement));
        return original.Call(thisObj, [JsString.Create(text), JsString.Create(replacement)]);
    };

    // At most length + 1 matches; `$&`, `$1`, `$<name>` add at most the text once over all (non-overlapping)
    // matches, while `` $` `` and `$'` may add nearly the whole text per match.
    private static double ReplacementBound(int length, string replacement)
    {
        double dollars = 0, prefixOrSuffix = 0;
        for (var i = 0; i < replacement.Length; i++)
        {
            if (replacement[i] != '$')
            {
                continue;
            }

            dollars++;
            if (i + 1 < replacement.Length && replacement[i + 1] is '`' or '\'')
            {
                prefixOrSuffix++;
            }
        }

        return length + ((length + 1d) * replacement.Length) + (dollars * length) + (prefixOrSuffix * (length + 1d) * length);
    }
}
