using Jint;
using Jint.Native;
using Jint.Runtime;

namespace Thads.Workflows.Scripting;

/// <summary>Names a JavaScript value's type the way a script author would, for error messages.</summary>
internal static class JsTypeNames
{
    public static string Describe(JsValue value) => value.Type switch
    {
        Types.Undefined or Types.Empty => "undefined",
        Types.Null => "null",
        Types.Boolean => "boolean",
        Types.Number => "number",
        Types.String => "string",
        Types.Symbol => "symbol",
        Types.BigInt => "bigint",
        _ when value.IsCallable() => "function",
        _ when value.IsArray() => "array",
        _ when value.IsDate() => "Date",
        _ => "object",
    };

    /// <summary>"a number", "an object", "null"… for sentences such as "returned a number, not a boolean".</summary>
    public static string DescribeWithArticle(JsValue value)
    {
        var name = Describe(value);
        return name switch
        {
            "undefined" or "null" => name,
            "object" or "array" => "an " + name,
            _ => "a " + name,
        };
    }
}
