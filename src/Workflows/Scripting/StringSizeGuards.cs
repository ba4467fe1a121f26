using System.Globalization;
using System.Text;
using Jint;
using Jint.Native;
using Jint.Native.Error;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace Thads.Workflows.Scripting;

/// <summary>
/// Refuses, before allocating, the built-ins that turn a few bytes of script into a gigantic string in one
/// native call (<c>'a'.repeat(5e8)</c>, <c>Array(6e4).join(big)</c>, <c>s.replaceAll('a', big)</c>…). Jint checks
/// the memory limit between statements, so without these the gigabyte would be allocated first and reported
/// afterwards. The replacements compute the result size (or build it themselves, checking as they go) and throw
/// a RangeError naming the memory limit when the result could not fit into it.
/// </summary>
/// <remarks>
/// Residual gaps, bounded by Jint's maximum string length (about 5.4e8 characters): template literals with many
/// substitutions of one huge string, <c>JSON.stringify</c> of many references to one huge string, and
/// fixed-factor growth such as <c>normalize('NFKD')</c> or <c>encodeURIComponent</c>.
/// </remarks>
internal sealed class StringSizeGuards
{
    // Native loops below do not pass statement boundaries, so they poll the time limit themselves.
    private const int ConstraintCheckInterval = 4096;

    private readonly Engine _engine;
    private readonly long _maxChars;
    private readonly long _maxMemoryBytes;
    private readonly ErrorConstructor _rangeError;
    private readonly JsValue _toObject;
    private readonly HashSet<ObjectInstance> _joining = new(ReferenceEqualityComparer.Instance);

    private StringSizeGuards(Engine engine, long maxMemoryBytes)
    {
        _engine = engine;
        _maxMemoryBytes = maxMemoryBytes;
        _maxChars = maxMemoryBytes / sizeof(char);
        _rangeError = (ErrorConstructor)engine.Global.Get("RangeError");
        _toObject = engine.Intrinsics.Object;
    }

    public static void Install(Engine engine, long maxMemoryBytes)
    {
        var guards = new StringSizeGuards(engine, maxMemoryBytes);
        var stringPrototype = PrototypeOf(engine, "String");
        var arrayPrototype = PrototypeOf(engine, "Array");
        var regExpPrototype = PrototypeOf(engine, "RegExp");

        guards.Replace(stringPrototype, "repeat", 1, original => guards.Repeat(original));
        guards.Replace(stringPrototype, "padStart", 1, original => guards.Pad(original, "padStart"));
        guards.Replace(stringPrototype, "padEnd", 1, original => guards.Pad(original, "padEnd"));
        guards.Replace(stringPrototype, "concat", 1, _ => guards.Concat);
        guards.Replace(stringPrototype, "replace", 2, original => guards.ReplaceString(original, "replace"));
        guards.Replace(stringPrototype, "replaceAll", 2, original => guards.ReplaceString(original, "replaceAll"));
        guards.Replace(regExpPrototype, ((ObjectInstance)engine.Global.Get("Symbol")).Get("replace"), 2, original => guards.ReplaceRegExp(original));
        guards.Replace(arrayPrototype, "join", 1, _ => (thisObj, args) => guards.Join(thisObj, Separator(args), toLocale: null));
        guards.Replace(arrayPrototype, "toLocaleString", 0, _ => (thisObj, args) => guards.Join(thisObj, ",", [.. args]));
        guards.Replace((ObjectInstance)engine.Global.Get("String"), "raw", 1, _ => guards.Raw);

        // Formats a list of strings into one: the same amplification as join, and not worth a replacement.
        ((ObjectInstance)engine.Global.Get("Intl")).Delete("ListFormat");
    }

    private static ObjectInstance PrototypeOf(Engine engine, string constructor) =>
        (ObjectInstance)((ObjectInstance)engine.Global.Get(constructor)).Get("prototype");

    private static JsValue Arg(JsValue[] args, int index) => index < args.Length ? args[index] : JsValue.Undefined;

    private static string Separator(JsValue[] args) => Arg(args, 0).IsUndefined() ? "," : TypeConverter.ToString(args[0]);

    private void Replace(ObjectInstance target, JsValue key, int length, Func<JsValue, Func<JsValue, JsValue[], JsValue>> guard)
    {
        var original = target.Get(key);
        var name = key.IsSymbol() ? "[Symbol.replace]" : key.ToString();
        var function = new ClrFunction(_engine, name, guard(original), length, PropertyFlag.Configurable);
        target.FastSetProperty(key, new PropertyDescriptor(function, PropertyFlag.Writable | PropertyFlag.Configurable));
    }

    private Func<JsValue, JsValue[], JsValue> Repeat(JsValue original) => (thisObj, args) =>
    {
        var text = ThisString(thisObj);
        var count = TypeConverter.ToIntegerOrInfinity(Arg(args, 0));
        if (count > 0)
        {
            Ensure("repeat", text.Length * count);
        }

        return original.Call(text, [JsNumber.Create(count)]);
    };

    private Func<JsValue, JsValue[], JsValue> Pad(JsValue original, string name) => (thisObj, args) =>
    {
        var text = ThisString(thisObj);
        var length = TypeConverter.ToLength(Arg(args, 0));
        Ensure(name, length);
        return original.Call(text, [JsNumber.Create((double)length), Arg(args, 1)]);
    };

    private JsValue Concat(JsValue thisObj, JsValue[] arguments)
    {
        JsValue[] args = [.. arguments]; // Jint may reuse the arguments array for calls the conversions make
        var result = new StringBuilder(ThisString(thisObj).ToString());
        foreach (var arg in args)
        {
            var part = TypeConverter.ToString(arg);
            Ensure("concat", (double)result.Length + part.Length);
            result.Append(part);
        }

        return JsString.Create(result.ToString());
    }

    // A function replacer runs script code per match, where the memory limit applies; a string replacer
    // does not, so its worst case is computed up front.
    private Func<JsValue, JsValue[], JsValue> ReplaceString(JsValue original, string name) => (thisObj, args) =>
    {
        if (Arg(args, 1).IsCallable())
        {
            return original.Call(thisObj, args);
        }

        var text = ThisString(thisObj);
        var replacement = TypeConverter.ToString(Arg(args, 1));
        Ensure(name, ReplacementBound(text.Length, replacement));
        return original.Call(text, [Arg(args, 0), JsString.Create(replacement)]);
    };

    private Func<JsValue, JsValue[], JsValue> ReplaceRegExp(JsValue original) => (thisObj, args) =>
    {
        if (Arg(args, 1).IsCallable())
        {
            return original.Call(thisObj, args);
        }

        var text = TypeConverter.ToString(Arg(args, 0));
        var replacement = TypeConverter.ToString(Arg(args, 1));
        Ensure("replace", ReplacementBound(text.Length, replacement));
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

    private JsValue Join(JsValue thisObj, string separator, JsValue[]? toLocale)
    {
        var target = ThisObject(thisObj);
        var length = TypeConverter.ToLength(target.Get("length"));
        if (length == 0)
        {
            return JsString.Empty;
        }

        Ensure("join", (length - 1d) * separator.Length);

        // A cyclic array joins its inner occurrences as "", as every browser does; without this the
        // recursion would run until the native stack overflows.
        if (!_joining.Add(target))
        {
            return JsString.Empty;
        }

        try
        {
            var result = new StringBuilder();
            for (ulong index = 0; index < length; index++)
            {
                PollConstraints(index);
                if (index > 0)
                {
                    result.Append(separator);
                }

                var element = target.Get(JsNumber.Create((double)index));
                if (!element.IsNull() && !element.IsUndefined())
                {
                    var text = toLocale is null
                        ? TypeConverter.ToString(element)
                        : TypeConverter.ToString(CallMethod(element, "toLocaleString", toLocale));
                    Ensure("join", (double)result.Length + text.Length);
                    result.Append(text);
                }
            }

            return JsString.Create(result.ToString());
        }
        finally
        {
            _joining.Remove(target);
        }
    }

    private JsValue Raw(JsValue thisObj, JsValue[] arguments)
    {
        JsValue[] args = [.. arguments]; // Jint may reuse the arguments array for calls the conversions make
        var raw = ThisObject(ThisObject(Arg(args, 0)).Get("raw"));
        var length = TypeConverter.ToLength(raw.Get("length"));
        var result = new StringBuilder();
        for (ulong index = 0; index < length; index++)
        {
            PollConstraints(index);
            Append(result, TypeConverter.ToString(raw.Get(JsNumber.Create((double)index))), "raw");
            if (index + 1 < length && index + 1 < (ulong)args.Length)
            {
                Append(result, TypeConverter.ToString(args[index + 1]), "raw");
            }
        }

        return JsString.Create(result.ToString());
    }

    private JsValue CallMethod(JsValue target, string name, JsValue[] args)
    {
        var method = ThisObject(target).Get(name);
        return method.IsCallable()
            ? method.Call(target, args)
            : throw new JavaScriptException(_engine.Intrinsics.TypeError, $"{name} is not a function");
    }

    private void Append(StringBuilder result, string text, string method)
    {
        Ensure(method, (double)result.Length + text.Length);
        result.Append(text);
    }

    private void PollConstraints(ulong index)
    {
        if (index % ConstraintCheckInterval == ConstraintCheckInterval - 1)
        {
            _engine.Constraints.Check();
        }
    }

    private JsString ThisString(JsValue thisObj)
    {
        TypeConverter.RequireObjectCoercible(_engine, thisObj);
        return thisObj as JsString ?? JsString.Create(TypeConverter.ToString(thisObj));
    }

    private ObjectInstance ThisObject(JsValue value)
    {
        TypeConverter.RequireObjectCoercible(_engine, value);
        return value as ObjectInstance ?? (ObjectInstance)_toObject.Call(JsValue.Undefined, [value]);
    }

    private void Ensure(string method, double characters)
    {
        if (characters > _maxChars)
        {
            throw new JavaScriptException(
                _rangeError,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{method} would build a string of {characters:0} characters, more than the memory limit of {_maxMemoryBytes} bytes allows"));
        }
    }
}
