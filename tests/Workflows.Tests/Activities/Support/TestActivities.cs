using System.Text.Json.Nodes;
using Thads.Workflows.Activities;

namespace Thads.Workflows.Tests.Activities.Support;

internal static class TestActivities
{
    public static ActivityContext Context(IServiceProvider? services = null) => new(
        Guid.NewGuid(),
        "HS-2024-001",
        "thi-hanh-an",
        "Task_PheDuyet",
        new DateTimeOffset(2024, 5, 31, 8, 0, 0, TimeSpan.FromHours(7)),
        "chv.nguyen",
        services ?? new TestServiceProvider(),
        _ => null,
        (_, _) => { });

    /// <summary>Inputs as the engine passes them; each value is JSON text, so <c>"\"5\""</c> is a BPMN literal.</summary>
    public static Dictionary<string, JsonNode?> Inputs(params (string Name, string? Json)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Json is null ? null : JsonNode.Parse(v.Json), StringComparer.Ordinal);

    public static ValueTask<ActivityInvocation> InvokeAsync(
        ActivityDescriptor descriptor,
        IReadOnlyDictionary<string, JsonNode?> inputs,
        IServiceProvider? services = null)
    {
        services ??= new TestServiceProvider();
        return ActivityInvoker.InvokeAsync(new ServiceProviderActivityFactory(services), descriptor, inputs, Context(services));
    }
}
