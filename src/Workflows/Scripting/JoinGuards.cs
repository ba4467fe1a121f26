using System.Text;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace Thads.Workflows.Scripting;

/// <summary>
/// <c>Array.prototype.join</c>, <c>Array.prototype.toLocaleString</c> and <c>String.raw</c>, rebuilt so that the
/// result is measured while it grows: <c>Array(60000).join(big)</c> or sixty thousand references to one big string
/// would otherwise allocate up to Jint's maximum string length in a single native call. <c>toString</c> and
/// string conversion of arrays go through <c>join</c>, so they are covered too. <c>Intl.ListFormat</c>, which
/// has the same effect, is removed.
/// </summary>
internal sealed class JoinGuards
{
    private readonly StringSizeLimit _limit;
    private readonly HashSet<ObjectInstance> _joining = new(ReferenceEqualityComparer.Instance);

    private JoinGuards(StringSizeLimit limit) => _limit = limit;

    public static void Install(StringSizeLimit limit)
    {
        var guards = new JoinGuards(limit);
        var arrays = limit.PrototypeOf("Array");
        limit.Replace(arrays, "join", 1, _ => (thisObj, args) =>
            guards.Join(thisObj, StringSizeLimit.Arg(args, 0).IsUndefined() ? "," : TypeConverter.ToString(args[0]), toLocaleArguments: null));

        // A copy of the arguments: every element's toLocaleString is called with them, and Jint may reuse the array.
        limit.Replace(arrays, "toLocaleString", 0, _ => (thisObj, args) => guards.Join(thisObj, ",", [.. args]));
        limit.Replace((ObjectInstance)limit.Engine.Global.Get("String"), "raw", 1, _ => (_, args) => guards.Raw([.. args]));
        ((ObjectInstance)limit.Engine.Global.Get("Intl")).Delete("ListFormat");
    }

    private JsValue Join(JsValue thisObj, string separator, JsValue[]? toLocaleArguments)
    {
        var target = _limit.ToObject(thisObj);
        var length = TypeConverter.ToLength(target.Get("length"));
        if (length == 0)
        {
            return JsString.Empty;
        }

        _limit.Ensure("join", (length - 1d) * separator.Length);

        // A cyclic array joins its inner occurrences as "", as browsers do, instead of recursing until the stack ends.
        if (!_joining.Add(target))
        {
            return JsString.Empty;
        }

        try
        {
            var result = new StringBuilder();
            for (ulong index = 0; index < length; index++)
            {
                _limit.PollConstraints(index);
                if (index > 0)
                {
                    result.Append(separator);
                }

                var element = target.Get(JsNumber.Create((double)index));
                if (!element.IsNull() && !element.IsUndefined())
                {
                    Append(result, toLocaleArguments is null ? TypeConverter.ToString(element) : ToLocaleString(element, toLocaleArguments), "join");
                }
            }

            return JsString.Create(result.ToString());
        }
        finally
        {
            _joining.Remove(target);
        }
    }

    private JsValue Raw(JsValue[] args)
    {
        var raw = _limit.ToObject(_limit.ToObject(StringSizeLimit.Arg(args, 0)).Get("raw"));
        var length = TypeConverter.ToLength(raw.Get("length"));
        var result = new StringBuilder();
        for (ulong index = 0; index < length; index++)
        {
            _limit.PollConstraints(index);
            Append(result, TypeConverter.ToString(raw.Get(JsNumber.Create((double)index))), "raw");
            if (index + 1 < length && index + 1 < (ulong)args.Length)
            {
                Append(result, TypeConverter.ToString(args[index + 1]), "raw");
            }
        }

        return JsString.Create(result.ToString());
    }

    private string ToLocaleString(JsValue element, JsValue[] args)
    {
        var method = _limit.ToObject(element).Get("toLocaleString");
        return method.IsCallable()
            ? TypeConverter.ToString(method.Call(element, args))
            : throw new JavaScriptException(_limit.Engine.Intrinsics.TypeError, "toLocaleString is not a function");
    }

    private void Append(StringBuilder result, string text, string method)
    {
        _limit.Ensure(method, (double)result.Length + text.Length);
        result.Append(text);
    }
}
