using System.Text.Json.Nodes;

namespace Thads.Workflows.Activities;

internal sealed class InputBinder<TActivity, TValue> : InputBinder
    where TActivity : class
{
    private readonly string _activityType;
    private readonly bool _required;
    private readonly ValueConverter<TValue> _converter;
    private readonly Action<TActivity, TValue> _set;
    private readonly HashSet<TValue>? _allowed;
    private readonly string _expectation;
    private readonly JsonValue? _defaultText;
    private readonly bool _reuseDefault;
    private readonly TValue _default = default!;

    public InputBinder(
        string activityType,
        ActivityPropertyDescriptor descriptor,
        ValueConverter<TValue> converter,
        Action<TActivity, TValue> set,
        IReadOnlyList<string> explicitChoices)
        : base(descriptor.Name)
    {
        _activityType = activityType;
        _required = descriptor.Required;
        _converter = converter;
        _set = set;
        _expectation = converter.Expectation;

        if (explicitChoices.Count > 0)
        {
            // Built in a local first: Convert consults _allowed, which must stay null while the choices themselves are checked.
            var allowed = new HashSet<TValue>();
            foreach (var choice in explicitChoices)
            {
                allowed.Add(Convert(JsonValue.Create(choice), "choice"));
            }

            _allowed = allowed;
            _expectation = "one of " + string.Join(", ", explicitChoices);
        }

        // An expression default (${caseId}) is evaluated by the engine against the process variables, not here.
        if (descriptor.DefaultValue is { } defaultValue && !descriptor.DefaultIsExpression)
        {
            _defaultText = JsonValue.Create(defaultValue);
            _default = Convert(_defaultText, "default value");

            // Mutable defaults (lists, JSON) are converted again for every execution so one run cannot leak into the next.
            _reuseDefault = typeof(TValue).IsValueType || typeof(TValue) == typeof(string);
        }
    }

    public override void Bind(IWorkflowActivity activity, JsonNode? value)
    {
        if (JsonScalar.IsAbsent(value))
        {
            if (_defaultText is not null)
            {
                _set((TActivity)activity, _reuseDefault ? _default : Read(_defaultText));
            }
            else if (_required)
            {
                throw ActivityBindingException.MissingInput(_activityType, Name, value);
            }

            // An optional input without a value keeps whatever the activity's constructor or initializer chose.
            return;
        }

        _set((TActivity)activity, Read(value!));
    }

    private TValue Read(JsonNode value)
    {
        if (_converter.TryRead(value, out var converted) && (_allowed is null || _allowed.Contains(converted)))
        {
            return converted;
        }

        throw ActivityBindingException.InvalidInput(_activityType, Name, _expectation, value);
    }

    private TValue Convert(JsonValue text, string what)
    {
        if (_converter.TryRead(text, out var converted) && (_allowed is null || _allowed.Contains(converted)))
        {
            return converted;
        }

        throw new ArgumentException($"the {what} '{text.GetValue<string>()}' of input '{Name}' is not {_expectation}");
    }
}
