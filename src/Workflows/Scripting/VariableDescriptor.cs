using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace Thads.Workflows.Scripting;

/// <summary>
/// The global property through which a script reads a process variable. The JSON is converted on first read
/// only (an instance may carry large variables a condition never looks at), and an assignment fails with a
/// message pointing to <c>execution.setVariable</c>: a plain read-only property would fail with an empty
/// TypeError, and a writable one would let <c>amount = 5</c> look as if it changed the variable.
/// </summary>
internal sealed class VariableDescriptor : PropertyDescriptor
{
    private readonly Engine _engine;
    private readonly string _name;
    private readonly JsonNode? _json;
    private JsValue? _value;

    public VariableDescriptor(Engine engine, string name, JsonNode? json)
        : base(PropertyFlag.Enumerable | PropertyFlag.Configurable | PropertyFlag.Writable | PropertyFlag.CustomJsValue)
    {
        _engine = engine;
        _name = name;
        _json = json;
    }

    protected override JsValue? CustomValue
    {
        get => _value ??= JsonToJsConverter.Convert(_engine, _json, _name);
        set => throw new JavaScriptException(
            _engine.Intrinsics.TypeError,
            $"'{_name}' is a process variable and is read-only here; a script task changes it with execution.setVariable('{_name}', value)");
    }
}
