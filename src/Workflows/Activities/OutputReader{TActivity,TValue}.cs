using System.Text.Json.Nodes;

namespace Thads.Workflows.Activities;

internal sealed class OutputReader<TActivity, TValue>(
    string activityType,
    string name,
    ValueConverter<TValue> converter,
    Func<TActivity, TValue> get)
    : OutputReader(name)
    where TActivity : class
{
    public override JsonNode? Read(IWorkflowActivity activity)
    {
        var value = get((TActivity)activity);
        try
        {
            return converter.Write(value);
        }
        catch (FormatException ex)
        {
            throw ActivityBindingException.InvalidOutput(activityType, Name, ex);
        }
    }
}
