using System.Text.Json.Nodes;

namespace Thads.Workflows.Activities;

/// <summary>Reads one output property as JSON; the typed subclass avoids boxing and reflection per call.</summary>
internal abstract class OutputReader(string name)
{
    public string Name { get; } = name;

    /// <summary>Reads and converts the property; throws <see cref="ActivityBindingException"/> when JSON cannot hold the value.</summary>
    public abstract JsonNode? Read(IWorkflowActivity activity);
}
