using System.Globalization;
using Jint;
using Jint.Native;
using Jint.Native.Error;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace Thads.Workflows.Scripting;

/// <summary>
/// What the replacement built-ins of <see cref="StringMethodGuards"/> and <see cref="JoinGuards"/> share: the
/// largest string one call may build, and how to replace a built-in function by a guarded one.
/// </summary>
/// <remarks>
/// Jint checks the memory limit between statements, so a built-in that turns a few bytes of script into a
/// gigantic string in one native call (<c>'a'.repeat(5e8)</c>) would allocate the gigabyte first and report it
/// afterwards. The guards refuse such calls before allocating, with a RangeError naming the memory limit.
/// Not covered, but bounded by Jint's maximum string length (about 5.4e8 characters): template literals with
/// many substitutions of one huge string, <c>JSON.stringify</c> of many references to one huge string, and
/// fixed-factor growth such as <c>normalize('NFKD')</c> or <c>encodeURIComponent</c>.
/// </remarks>
internal sealed class StringSizeLimit
{
    // Native loops do not pass statement boundaries, so the guards poll the time limit themselves.
    private const int ConstraintCheckInterval = 4096;

    private readonly long _maxChars;
    private readonly long _maxMemoryBytes;
    private readonly ErrorConstructor _rangeError;
    private readonly JsValue _toObject;

    public StringSizeLimit(Engine engine, long maxMemoryBytes)
    {
        Engine = engine;
        _maxMemoryBytes = maxMemoryBytes;
        _maxChars = maxMemoryBytes / sizeof(char);
        _rangeError = (ErrorConstructor)engine.Global.Get("RangeError");
        _toObject = engine.Intrinsics.Object;
    }

    public Engine Engine { get; }

    public static JsValue Arg(JsValue[] args, int index) => index < args.Length ? args[index] : JsValue.Undefined;

    public ObjectInstance PrototypeOf(string constructor) =>
        (ObjectInstance)((ObjectInstance)Engine.Global.Get(constructor)).Get("prototype");

    /// <summary>Replaces <paramref name="target"/>'s function <paramref name="key"/> by <paramref name="guard"/>, which receives the original.</summary>
    public void Replace(ObjectInstance target, JsValue key, int length, Func<JsValue, Func<JsValue, JsValue[], JsValue>> guard)
    {
        var original = target.Get(key);
        var name = key.IsSymbol() ? "[Symbol.replace]" : key.ToString();
        var function = new ClrFunction(Engine, name, guard(original), length, PropertyFlag.Configurable);
        target.FastSetProperty(key, new PropertyDescriptor(function, PropertyFlag.Writable | PropertyFlag.Configurable));
    }

    /// <exception cref="JavaScriptException">A RangeError: a string of <paramref name="characters"/> would not fit the memory limit.</exception>
    public void Ensure(string method, double characters)
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

    public void PollConstraints(ulong iteration)
    {
        if (iteration % ConstraintCheckInterval == ConstraintCheckInterval - 1)
        {
            Engine.Constraints.Check();
        }
    }

    public JsString ThisString(JsValue thisObj)
    {
        TypeConverter.RequireObjectCoercible(Engine, thisObj);
        return thisObj as JsString ?? JsString.Create(TypeConverter.ToString(thisObj));
    }

    public ObjectInstance ToObject(JsValue value)
    {
        TypeConverter.RequireObjectCoercible(Engine, value);
        return value as ObjectInstance ?? (ObjectInstance)_toObject.Call(JsValue.Undefined, [value]);
    }
}
