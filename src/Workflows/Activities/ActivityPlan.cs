using System.Collections.ObjectModel;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace Thads.Workflows.Activities;

/// <summary>The per-type work prepared once by <see cref="ActivityDescriber"/>: typed setters, getters and the constructor.</summary>
internal sealed class ActivityPlan(Type activityType, InputBinder[] inputs, OutputReader[] outputs)
{
    private ObjectFactory? _activator;

    /// <summary>Built on first use: a registry used only to export designer templates never pays for it.</summary>
    public ObjectFactory Activator => _activator ??= ActivatorUtilities.CreateFactory(activityType, Type.EmptyTypes);

    public void BindInputs(IWorkflowActivity activity, IReadOnlyDictionary<string, JsonNode?> values)
    {
        foreach (var input in inputs)
        {
            values.TryGetValue(input.Name, out var value);
            input.Bind(activity, value);
        }
    }

    public IReadOnlyDictionary<string, JsonNode?> ReadOutputs(IWorkflowActivity activity)
    {
        if (outputs.Length == 0)
        {
            return ReadOnlyDictionary<string, JsonNode?>.Empty;
        }

        var values = new Dictionary<string, JsonNode?>(outputs.Length, StringComparer.Ordinal);
        foreach (var output in outputs)
        {
            values[output.Name] = output.Read(activity);
        }

        return values;
    }
}
