using System.Text.Json.Nodes;

namespace Thads.Workflows.Activities;

/// <summary>
/// An activity input could not be set (missing required value, or a value of the wrong shape) or an output could
/// not be turned into JSON. It is a modelling or data problem, not a bug in the activity: the engine records it as
/// an incident that names the activity, the parameter and the offending value.
/// </summary>
public sealed class ActivityBindingException : Exception
{
    public ActivityBindingException(string activityType, string parameterName, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ActivityType = activityType;
        ParameterName = parameterName;
    }

    /// <summary>The <c>thads:activity</c> type name.</summary>
    public string ActivityType { get; }

    /// <summary>The BPMN name of the input or output.</summary>
    public string ParameterName { get; }

    internal static ActivityBindingException MissingInput(string activityType, string inputName, JsonNode? value) =>
        new(activityType, inputName, $"Activity '{activityType}': required input '{inputName}' has no value (got {JsonScalar.Describe(value)}).");

    internal static ActivityBindingException InvalidInput(string activityType, string inputName, string expectation, JsonNode? value) =>
        new(activityType, inputName, $"Activity '{activityType}': input '{inputName}' expects {expectation} but got {JsonScalar.Describe(value)}.");

    internal static ActivityBindingException InvalidOutput(string activityType, string outputName, FormatException reason) =>
        new(activityType, outputName, $"Activity '{activityType}': output '{outputName}' cannot be stored as a process variable: {reason.Message}.", reason);
}
