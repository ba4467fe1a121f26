using Microsoft.Extensions.DependencyInjection;

namespace Thads.Workflows.Activities;

/// <summary>
/// The default <see cref="IActivityFactory"/>: calls the activity's public constructor, resolving its parameters
/// from <paramref name="services"/> (the same rules as <see cref="ActivatorUtilities"/>). A parameterless
/// constructor needs no services at all.
/// </summary>
public sealed class ServiceProviderActivityFactory(IServiceProvider services) : IActivityFactory
{
    public IWorkflowActivity Create(ActivityDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        try
        {
            return (IWorkflowActivity)descriptor.Plan.Activator(services, null);
        }
        catch (InvalidOperationException ex)
        {
            // ActivatorUtilities names the missing service but not the BPMN activity that needed it.
            throw new InvalidOperationException($"Cannot create activity '{descriptor.TypeName}' ({descriptor.ClrType.FullName}): {ex.Message}", ex);
        }
    }
}
