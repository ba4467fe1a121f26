using System.Text.Json.Nodes;

namespace Thads.Workflows.Activities;

/// <summary>Sets one input property from a JSON value; the typed subclass avoids boxing and reflection per call.</summary>
internal abstract class InputBinder(string name)
{
    public string Name { get; } = name;

    /// <summary>Converts <paramref name="value"/> and sets the property; throws <see cref="ActivityBindingException"/>.</summary>
    public abstract void Bind(IWorkflowActivity activity, JsonNode? value);
}
